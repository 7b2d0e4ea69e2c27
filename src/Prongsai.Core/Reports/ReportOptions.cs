namespace Prongsai.Reports;

/// <summary>What a report adds to the document itself: signatures, report date, the status mark.</summary>
public sealed record ReportOptions
{
    public static readonly ReportOptions Default = new();

    /// <summary>ผู้รายงาน: usually the planning analyst.</summary>
    public Signature? Reporter { get; init; }

    /// <summary>ผู้บริหาร: the mayor or chief executive who signs the report off.</summary>
    public Signature? Executive { get; init; }

    /// <summary>The date printed under the signatures (ข้อมูล ณ วันที่ …).</summary>
    public DateOnly? ReportDate { get; init; }

    /// <summary>
    /// The mark in the status column. "/" as agencies write it by hand; "✓" is allowed, but TH Sarabun New
    /// has no check mark, so Word falls back to another font for it.
    /// </summary>
    public string StatusMark { get; init; } = "/";

    /// <summary>The score analysis that opens the document (ผลการวิเคราะห์ผลการประเมิน), drawn before the tables; empty for none.</summary>
    public IReadOnlyList<string> AnalysisParagraphs { get; init; } = [];
}

/// <summary>A name and position under a signature line, e.g. นายสมชาย ใจดี, นายกเทศมนตรีตำบลบ้านฉาง.</summary>
public sealed record Signature(string Name, string Position);
