namespace Prongsai.Documents;

/// <summary>One measure with the five elements an assessor looks for.</summary>
public sealed record Measure
{
    public Tool Tool { get; init; }

    /// <summary>The measure's own title, when the document gives one (a "มาตรการ" column).</summary>
    public string? Name { get; init; }

    /// <summary>Framework indicator numbers 1–10, never the document's local numbering.</summary>
    public IReadOnlyList<int> Indicators { get; init; } = [];

    /// <summary>The indicator cell as the document wrote it.</summary>
    public string? IndicatorText { get; init; }

    /// <summary>(๑) units, e.g. สำนักปลัด, กองคลัง.</summary>
    public IReadOnlyList<string> ResponsibleUnits { get; init; } = [];

    /// <summary>(๑) positions and persons, e.g. ผอ.ทุกกอง, นิติกร.</summary>
    public IReadOnlyList<string> ResponsiblePersons { get; init; } = [];

    /// <summary>(๒) ขั้นตอนหรือวิธีปฏิบัติ.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>(๓) แนวทางการกำกับติดตามให้นำไปสู่การปฏิบัติและการรายงานผล.</summary>
    public IReadOnlyList<string> Monitoring { get; init; } = [];

    /// <summary>(๔) ระยะเวลาดำเนินการ.</summary>
    public Period? Period { get; init; }

    /// <summary>Only in progress documents.</summary>
    public MeasureStatus? Status { get; init; }

    /// <summary>(๕) การรายงานผลการดำเนินการ: cadence.</summary>
    public Reporting Reporting { get; init; } = new();

    /// <summary>(๕) results achieved, in progress documents.</summary>
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>Set when fields were read by OCR from a scan: a draft whose text must be checked before it is confirmed.</summary>
    public OcrProvenance? Ocr { get; init; }
}

/// <summary>The fields of a measure read by OCR (interchange names: "steps", "status" …) with OCR's confidence, 0–1.</summary>
public sealed record OcrProvenance(IReadOnlyDictionary<string, double> Fields);

public enum Tool
{
    IIT,
    EIT,
    OIT,
}

public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>A timeframe with the words the document used for it.</summary>
public sealed record Period(DateOnly? Start, DateOnly? End, string? Text = null);

public sealed record Reporting
{
    public IReadOnlyList<ReportingCadence> Cadences { get; init; } = [];

    public string? Text { get; init; }
}

public enum ReportingCadence
{
    Monthly,
    Quarterly,
    Semiannual,
    Annual,
}
