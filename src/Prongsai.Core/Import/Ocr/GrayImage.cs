using System.Text;

namespace Prongsai.Import.Ocr;

/// <summary>An 8-bit grey page image (0 black … 255 white), as pdftoppm -gray writes it (binary PGM).</summary>
public sealed class GrayImage(int width, int height, byte[] pixels)
{
    /// <summary>Darker than this is ink.</summary>
    public const byte Ink = 160;

    public int Width { get; } = width;

    public int Height { get; } = height;

    public byte this[int x, int y] => pixels[y * Width + x];

    public bool IsInk(int x, int y) => pixels[y * Width + x] < Ink;

    public static GrayImage ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var position = 0;
        string Token()
        {
            while (position < bytes.Length && (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#'))
            {
                if (bytes[position] == '#')
                {
                    while (position < bytes.Length && bytes[position] != '\n')
                    {
                        position++;
                    }
                }
                else
                {
                    position++;
                }
            }

            var start = position;
            while (position < bytes.Length && !char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            return Encoding.ASCII.GetString(bytes, start, position - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException($"{path} is not a binary PGM");
        }

        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        position++;
        if (max != 255 || width <= 0 || height <= 0 || bytes.Length - position < (long)width * height)
        {
            throw new InvalidDataException($"{path}: unexpected PGM size or depth");
        }

        return new GrayImage(width, height, bytes.AsSpan(position, width * height).ToArray());
    }

    /// <summary>
    /// Writes the rectangle [left, right) × [top, bottom) as a PGM, with a white margin that OCR reads better and the
    /// <paramref name="erased"/> pixels (another line's marks inside the box) white.
    /// </summary>
    public void WritePgm(string path, int left, int top, int right, int bottom, int margin, IReadOnlyList<(int X, int Y)>? erased = null)
    {
        var (w, h) = (right - left, bottom - top);
        var (outW, outH) = (w + 2 * margin, h + 2 * margin);
        var data = new byte[outW * outH];
        Array.Fill(data, (byte)255);
        for (var y = 0; y < h; y++)
        {
            Array.Copy(pixels, (top + y) * Width + left, data, (y + margin) * outW + margin, w);
        }

        // The grey edge around erased ink goes too: left, it binarises into specks that tesseract reads as dots.
        foreach (var (ex, ey) in erased ?? [])
        {
            for (var y = ey - 1; y <= ey + 1; y++)
            {
                for (var x = ex - 1; x <= ex + 1; x++)
                {
                    if (x >= left && x < right && y >= top && y < bottom && ((x == ex && y == ey) || !IsInk(x, y)))
                    {
                        data[(y - top + margin) * outW + x - left + margin] = 255;
                    }
                }
            }
        }

        using var stream = File.Create(path);
        stream.Write(Encoding.ASCII.GetBytes($"P5\n{outW} {outH}\n255\n"));
        stream.Write(data);
    }

    /// <summary>How many ink pixels the rectangle holds, and their bounding box.</summary>
    public (int Count, int Left, int Top, int Right, int Bottom) InkIn(int left, int top, int right, int bottom)
    {
        var (count, minX, minY, maxX, maxY) = (0, int.MaxValue, int.MaxValue, -1, -1);
        for (var y = Math.Max(top, 0); y < Math.Min(bottom, Height); y++)
        {
            for (var x = Math.Max(left, 0); x < Math.Min(right, Width); x++)
            {
                if (IsInk(x, y))
                {
                    count++;
                    (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
                }
            }
        }

        return (count, minX, minY, maxX + 1, maxY + 1);
    }
}
