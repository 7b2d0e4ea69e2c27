using Prongsai.Documents;
using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>The status of a measure from a mark (/, ✓, ✔, √, x) in one of the three status columns, or from a status word.</summary>
public static class StatusMarks
{
    public static bool IsMarked(SourceCell cell) => !cell.IsEmpty && ThaiText.Compact(cell.Text) is not ("-" or "–" or "๐" or "0");

    /// <summary>A status written in words in a single status column.</summary>
    public static MeasureStatus? FromWords(string text)
    {
        var compact = ThaiText.Compact(text);
        return compact switch
        {
            _ when compact.Contains("ยังไม่แล้วเสร็จ") || compact.Contains("ยังไม่เสร็จ") => MeasureStatus.InProgress,
            _ when compact.Contains("ยังไม่") => MeasureStatus.NotStarted,
            _ when compact.Contains("อยู่ระหว่าง") || compact.Contains("กำลัง") => MeasureStatus.InProgress,
            _ when compact.Contains("แล้ว") || compact.Contains("เสร็จ") || compact is "/" or "✓" or "✔" or "√" => MeasureStatus.Done,
            _ when compact.Equals("done", StringComparison.OrdinalIgnoreCase) => MeasureStatus.Done,
            _ when compact.Equals("inProgress", StringComparison.OrdinalIgnoreCase) => MeasureStatus.InProgress,
            _ when compact.Equals("notStarted", StringComparison.OrdinalIgnoreCase) => MeasureStatus.NotStarted,
            _ => null,
        };
    }
}
