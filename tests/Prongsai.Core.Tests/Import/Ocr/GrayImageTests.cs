using System.Text;
using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

/// <summary>Page images as pdftoppm writes them (binary PGM): read, cropped for OCR with a margin and erased marks, and measured.</summary>
public sealed class GrayImageTests : IDisposable
{
    readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("prongsai-pgm-");

    public void Dispose() => _folder.Delete(recursive: true);

    string Pgm(string header, params byte[] pixels)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.pgm");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(header), .. pixels]);
        return path;
    }

    static GrayImage Image(int width, int height, params (int X, int Y)[] ink) => WhiteImage.With(width, height, ink);

    [Fact]
    public void A_binary_pgm_is_read_with_its_size_and_pixels_past_comments()
    {
        var image = GrayImage.ReadPgm(Pgm("P5\n# pdftoppm\n3 2\n255\n", 0, 100, 159, 160, 200, 255));

        Assert.Equal((3, 2), (image.Width, image.Height));
        Assert.Equal([0, 100, 159, 160, 200, 255], [image[0, 0], image[1, 0], image[2, 0], image[0, 1], image[1, 1], image[2, 1]]);
        Assert.Equal([true, true, true, false, false, false], [image.IsInk(0, 0), image.IsInk(1, 0), image.IsInk(2, 0), image.IsInk(0, 1), image.IsInk(1, 1), image.IsInk(2, 1)]);
    }

    [Theory]
    [InlineData("P2\n1 1\n255\n", "is not a binary PGM")]
    [InlineData("P6\n1 1\n255\n", "is not a binary PGM")]
    [InlineData("P5\n1 1\n65535\n", "unexpected PGM size or depth")]
    [InlineData("P5\n0 1\n255\n", "unexpected PGM size or depth")]
    [InlineData("P5\n1 0\n255\n", "unexpected PGM size or depth")]
    [InlineData("P5\n2 2\n255\n", "unexpected PGM size or depth")] // four pixels promised, one there
    public void Other_images_are_refused_with_the_file_named(string header, string reason)
    {
        var path = Pgm(header, 0);

        var refusal = Assert.Throws<InvalidDataException>(() => GrayImage.ReadPgm(path));

        Assert.StartsWith(path, refusal.Message);
        Assert.EndsWith(reason, refusal.Message);
    }

    [Fact]
    public void A_crop_is_written_with_a_white_margin_and_reads_back()
    {
        var image = Image(4, 3, (1, 1), (2, 1));
        var path = Path.Combine(_folder.FullName, "crop.pgm");

        image.WritePgm(path, 1, 1, 3, 2, margin: 2);

        Assert.StartsWith("P5\n6 5\n255\n", Encoding.ASCII.GetString(File.ReadAllBytes(path)));
        var crop = GrayImage.ReadPgm(path);
        Assert.Equal((6, 5), (crop.Width, crop.Height));
        var ink = Enumerable.Range(0, 5).SelectMany(y => Enumerable.Range(0, 6).Where(x => crop.IsInk(x, y)).Select(x => (x, y))).ToList();
        Assert.Equal([(2, 2), (3, 2)], ink);
    }

    [Fact]
    public void Erased_pixels_and_the_grey_edge_around_them_are_white_but_neighbouring_ink_stays()
    {
        var pixels = Enumerable.Repeat((byte)255, 5 * 5).ToArray();
        pixels[2 * 5 + 2] = 0;   // the erased mark
        pixels[1 * 5 + 2] = 200; // its grey edge
        pixels[2 * 5 + 3] = 0;   // ink beside it, not erased
        var path = Path.Combine(_folder.FullName, "erased.pgm");

        new GrayImage(5, 5, pixels).WritePgm(path, 0, 0, 5, 5, margin: 0, erased: [(2, 2)]);

        var crop = GrayImage.ReadPgm(path);
        Assert.Equal((255, 255, 0), (crop[2, 2], crop[2, 1], crop[3, 2]));
    }

    [Fact]
    public void Erasing_stops_at_the_crop_s_edges()
    {
        var path = Path.Combine(_folder.FullName, "edge.pgm");

        Image(5, 5, (0, 0), (1, 1)).WritePgm(path, 1, 1, 4, 4, margin: 0, erased: [(1, 1), (4, 4)]);

        var crop = GrayImage.ReadPgm(path);
        Assert.Equal((3, 3), (crop.Width, crop.Height));
        Assert.All(Enumerable.Range(0, 9), i => Assert.False(crop.IsInk(i % 3, i / 3)));
    }

    [Fact]
    public void Ink_in_a_rectangle_is_counted_with_its_box()
    {
        var image = Image(6, 6, (1, 2), (4, 3), (2, 5), (0, 0));

        Assert.Equal((3, 1, 2, 5, 6), image.InkIn(1, 1, 6, 6));
        Assert.Equal((4, 0, 0, 5, 6), image.InkIn(-3, -3, 10, 10)); // clipped to the image
        Assert.Equal((1, 4, 3, 5, 4), image.InkIn(3, 3, 5, 5));
    }

    [Fact]
    public void A_rectangle_without_ink_counts_none()
    {
        Assert.Equal(0, Image(4, 4, (0, 0)).InkIn(1, 1, 4, 4).Count);
    }
}
