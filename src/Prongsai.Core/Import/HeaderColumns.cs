using Prongsai.Thai;

namespace Prongsai.Import;

/// <summary>What a column of the measures table holds, as its header names it.</summary>
public enum ColumnRole
{
    None,
    Sequence,
    Indicator,
    MeasureName,
    Responsible,
    Steps,
    Monitoring,
    Period,
    NotStarted,
    InProgress,
    Done,
    Status,
    Reporting,
    Results,
}

/// <summary>
/// Recognises the header row(s) of a measures table by the words of its columns, however they are spaced
/// ("ตัวชี้วัดของ การ ประเมิน ITA"), and a second header row under a spanning "สถานะ" cell.
/// </summary>
public sealed class HeaderColumns
{
    /// <summary>The longest column name seen is about 60 characters; a longer cell is data.</summary>
    const int MaxHeaderLength = 100;

    readonly ColumnRole[] _roles;

    HeaderColumns(ColumnRole[] roles) => _roles = roles;

    public int Count => _roles.Length;

    public ColumnRole this[int column] => column < _roles.Length ? _roles[column] : ColumnRole.None;

    public bool Has(ColumnRole role) => _roles.Contains(role);

    public int ColumnOf(ColumnRole role) => Array.IndexOf(_roles, role);

    public bool HasStatusColumns => Has(ColumnRole.NotStarted) || Has(ColumnRole.InProgress) || Has(ColumnRole.Done) || Has(ColumnRole.Status);

    /// <summary>
    /// A header row names at least three of the elements, one of them the indicator, the responsible or the steps,
    /// and most of its cells are column names; data rows mention the same words inside long sentences.
    /// </summary>
    public static HeaderColumns? TryRead(SourceRow row)
    {
        var roles = row.Cells.Select(c => RoleOf(c.Text)).ToArray();
        var elements = roles.Count(r => r is not ColumnRole.None and not ColumnRole.Sequence);
        var anchored = roles.Any(r => r is ColumnRole.Indicator or ColumnRole.Responsible or ColumnRole.Steps);
        var nonEmpty = row.Cells.Count(c => !c.IsEmpty);
        return elements >= 3 && anchored && elements * 2 > nonEmpty ? new HeaderColumns(roles) : null;
    }

    /// <summary>A row under the header that only names the three statuses refines the columns it names.</summary>
    public HeaderColumns? Refine(SourceRow row)
    {
        var roles = row.Cells.Select(c => c.IsEmpty ? ColumnRole.None : RoleOf(c.Text)).ToArray();
        var named = roles.Where(r => r != ColumnRole.None).ToList();
        var onlyStatuses = named.Count >= 2 && named.All(r => r is ColumnRole.NotStarted or ColumnRole.InProgress or ColumnRole.Done);
        var otherText = row.Cells.Where((c, i) => !c.IsEmpty && roles[i] == ColumnRole.None).Any();
        if (!onlyStatuses || otherText)
        {
            return null;
        }

        var merged = new ColumnRole[Math.Max(_roles.Length, roles.Length)];
        for (var i = 0; i < merged.Length; i++)
        {
            merged[i] = i < roles.Length && roles[i] != ColumnRole.None ? roles[i] : this[i];
        }

        return new HeaderColumns(merged);
    }

    internal static ColumnRole RoleOf(string header)
    {
        var h = ThaiDigits.ToArabic(ThaiText.Compact(header));
        if (h.Length is 0 or > MaxHeaderLength)
        {
            return ColumnRole.None;
        }

        return h switch
        {
            _ when h.Contains("ตัวชี้วัด") => ColumnRole.Indicator,
            _ when h.Contains("ยังไม่") && h.Contains("ดำเนินการ") => ColumnRole.NotStarted,
            _ when h.Contains("อยู่ระหว่าง") || h.Contains("กำลังดำเนินการ") => ColumnRole.InProgress,
            _ when h.Contains("ดำเนินการแล้ว") || h.Contains("แล้วเสร็จ") || h == "เสร็จสิ้น" => ColumnRole.Done,
            _ when h.Contains("ผู้รับผิดชอบ") || h.Contains("ผู้ที่เกี่ยวข้อง") || h.Contains("หน่วยงานที่รับผิดชอบ") => ColumnRole.Responsible,
            _ when h.Contains("ขั้นตอน") || h.Contains("วิธีปฏิบัติ") || h.Contains("วิธีการ") => ColumnRole.Steps,
            _ when h.Contains("กำกับ") || h.Contains("ติดตาม") => ColumnRole.Monitoring,
            _ when h.Contains("ระยะเวลา") => ColumnRole.Period,
            _ when h.Contains("สถานะ") => ColumnRole.Status,
            _ when h.Contains("รายงานผล") || h.StartsWith("(5)", StringComparison.Ordinal) => ColumnRole.Reporting,
            _ when h.Contains("ผลการดำเนิน") || h.Contains("ผลการปฏิบัติ") => ColumnRole.Results,
            _ when h.Contains("มาตรการ") || h.Contains("กิจกรรม") || h.Contains("โครงการ") => ColumnRole.MeasureName,
            "ที่" or "ลำดับ" or "ลำดับที่" or "ข้อ" => ColumnRole.Sequence,
            _ when h.Equals("no.", StringComparison.OrdinalIgnoreCase) => ColumnRole.Sequence,
            _ => ColumnRole.None,
        };
    }
}
