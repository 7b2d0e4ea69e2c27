using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

static class WhiteImage
{
    /// <summary>A white page image with the listed pixels black.</summary>
    public static GrayImage With(int width, int height, IEnumerable<(int X, int Y)> ink)
    {
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (var (x, y) in ink)
        {
            pixels[y * width + x] = 0;
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>A white page image with the listed boxes, [Left, Right) × [Top, Bottom), black.</summary>
    public static GrayImage WithBoxes(int width, int height, params (int Left, int Top, int Right, int Bottom)[] boxes) =>
        With(width, height, boxes.SelectMany(b => Enumerable.Range(b.Top, b.Bottom - b.Top).SelectMany(y => Enumerable.Range(b.Left, b.Right - b.Left).Select(x => (x, y)))));
}
