namespace Prongsai.Import.Readers.Pdf;

/// <summary>
/// One page as the table finder sees it, whatever it came from (a PDF's text layer or an OCR'd image):
/// ruling segments and pieces of text with positions, in points, y growing downwards.
/// </summary>
public sealed record PageLayout(int Number, double Width, double Height, IReadOnlyList<Segment> Segments, IReadOnlyList<TextPiece> Pieces);

/// <summary>A horizontal or vertical ruling line: at <see cref="Position"/> (y for horizontal, x for vertical) from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed record Segment(bool Horizontal, double Position, double From, double To)
{
    public double Length => To - From;
}

/// <summary>
/// A cluster of text: one base character with its combining marks (text layer) or one word (OCR), placed by its
/// baseline start <see cref="X"/>, <see cref="Baseline"/>, advance <see cref="Width"/> and font <see cref="Size"/>.
/// <see cref="Order"/> is the content-stream order, which keeps Thai marks with their base.
/// </summary>
public sealed record TextPiece(string Text, double X, double Baseline, double Width, double Size, int Order, double? Confidence = null)
{
    public double Right => X + Width;

    /// <summary>A point inside the glyph, used to tell which cell the piece is in.</summary>
    public double CentreY => Baseline - Size * 0.3;

    public double CentreX => X + Width / 2;
}
