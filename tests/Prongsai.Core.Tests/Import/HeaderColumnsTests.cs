using Prongsai.Import;

namespace Prongsai.Tests.Import;

public class HeaderColumnsTests
{
    static SourceRow Row(params string[] cells) => new(1, [.. cells.Select((text, i) => new SourceCell($"cell {i + 1}", text.Split('|')))]);

    [Theory]
    [InlineData("ตัวชี้วัดของ การ ประเมิน ITA", ColumnRole.Indicator)]
    [InlineData("ยังไม่ได้ดำเนินการ", ColumnRole.NotStarted)]
    [InlineData("อยู่ระหว่างดำเนินการ", ColumnRole.InProgress)]
    [InlineData("กำลังดำเนินการ", ColumnRole.InProgress)]
    [InlineData("ดำเนินการแล้ว", ColumnRole.Done)]
    [InlineData("ดำเนินการแล้วเสร็จ", ColumnRole.Done)]
    [InlineData("แล้วเสร็จ", ColumnRole.Done)]
    [InlineData("เสร็จสิ้น", ColumnRole.Done)]
    [InlineData("ผู้รับผิดชอบ", ColumnRole.Responsible)]
    [InlineData("ผู้ที่เกี่ยวข้อง", ColumnRole.Responsible)]
    [InlineData("หน่วยงานที่รับผิดชอบ", ColumnRole.Responsible)]
    [InlineData("ขั้นตอน การดำเนินการ", ColumnRole.Steps)]
    [InlineData("วิธีปฏิบัติ", ColumnRole.Steps)]
    [InlineData("วิธีการ", ColumnRole.Steps)]
    [InlineData("การกำกับ", ColumnRole.Monitoring)]
    [InlineData("การติดตาม", ColumnRole.Monitoring)]
    [InlineData("ระยะเวลาดำเนินการ", ColumnRole.Period)]
    [InlineData("สถานะการดำเนินการ", ColumnRole.Status)]
    [InlineData("การรายงานผล", ColumnRole.Reporting)]
    [InlineData("(๕) การรายงาน", ColumnRole.Reporting)]
    [InlineData("ผลการดำเนินงาน", ColumnRole.Results)]
    [InlineData("ผลการปฏิบัติงาน", ColumnRole.Results)]
    [InlineData("มาตรการ", ColumnRole.MeasureName)]
    [InlineData("กิจกรรม", ColumnRole.MeasureName)]
    [InlineData("โครงการ", ColumnRole.MeasureName)]
    [InlineData("ที่", ColumnRole.Sequence)]
    [InlineData("ลำดับ", ColumnRole.Sequence)]
    [InlineData("ลำดับ ที่", ColumnRole.Sequence)]
    [InlineData("ข้อ", ColumnRole.Sequence)]
    [InlineData("no.", ColumnRole.Sequence)]
    [InlineData("No.", ColumnRole.Sequence)]
    [InlineData("หมายเหตุ", ColumnRole.None)]
    [InlineData("ที่มา", ColumnRole.None)]
    [InlineData("", ColumnRole.None)]
    public void Each_column_is_known_by_the_words_real_headers_use(string header, ColumnRole role) =>
        Assert.Equal(role, HeaderColumns.RoleOf(header));

    [Fact]
    public void A_cell_longer_than_any_column_name_is_data()
    {
        var hundred = "ตัวชี้วัด" + new string('ก', 100 - "ตัวชี้วัด".Length);

        Assert.Equal(ColumnRole.Indicator, HeaderColumns.RoleOf(hundred));
        Assert.Equal(ColumnRole.None, HeaderColumns.RoleOf(hundred + "ก"));
    }

    [Fact]
    public void A_header_row_names_three_elements_one_of_them_an_anchor_and_most_of_its_cells()
    {
        var header = HeaderColumns.TryRead(Row("ที่", "ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "หมายเหตุ"));

        Assert.NotNull(header);
        Assert.Equal(5, header.Count);
        Assert.Equal([ColumnRole.Sequence, ColumnRole.Indicator, ColumnRole.MeasureName, ColumnRole.Steps, ColumnRole.None], Enumerable.Range(0, 5).Select(i => header[i]));
        Assert.Equal(ColumnRole.None, header[5]);
        Assert.Equal(3, header.ColumnOf(ColumnRole.Steps));
        Assert.Equal(-1, header.ColumnOf(ColumnRole.Period));
        Assert.False(header.HasStatusColumns);

        // Two elements are not enough; three without the indicator, the responsible or the steps neither.
        Assert.Null(HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ")));
        Assert.Null(HeaderColumns.TryRead(Row("มาตรการ", "ระยะเวลา", "สถานะ")));
        Assert.NotNull(HeaderColumns.TryRead(Row("มาตรการ", "ผู้รับผิดชอบ", "สถานะ")));
        // Three names among six filled cells is half, not most: a data row quoting the words.
        Assert.Null(HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "ก", "ข", "ค")));
        Assert.NotNull(HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "ก", "ข", "")));
    }

    [Theory]
    [InlineData("ยังไม่ดำเนินการ", ColumnRole.NotStarted)]
    [InlineData("อยู่ระหว่างดำเนินการ", ColumnRole.InProgress)]
    [InlineData("ดำเนินการแล้ว", ColumnRole.Done)]
    [InlineData("สถานะ", ColumnRole.Status)]
    public void Any_one_status_column_makes_a_table_with_statuses(string column, ColumnRole role)
    {
        var header = HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", column))!;

        Assert.Equal(role, header[3]);
        Assert.True(header.HasStatusColumns);
    }

    [Fact]
    public void A_row_naming_only_the_statuses_refines_the_spanning_status_header()
    {
        var header = HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "สถานะ", "", ""))!;

        var refined = header.Refine(Row("", "", "", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว", "ดำเนินการแล้ว"));

        Assert.NotNull(refined);
        Assert.Equal(7, refined.Count);
        Assert.Equal(
            [ColumnRole.Indicator, ColumnRole.MeasureName, ColumnRole.Steps, ColumnRole.NotStarted, ColumnRole.InProgress, ColumnRole.Done, ColumnRole.Done],
            Enumerable.Range(0, 7).Select(i => refined[i]));
        Assert.NotNull(header.Refine(Row("", "", "", "", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว")));

        // A refining row shorter than the header keeps the header's last columns.
        var wide = HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "สถานะ", "", "", "ผู้รับผิดชอบ"))!;
        var shorter = wide.Refine(Row("", "", "", "ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้ว"))!;
        Assert.Equal((7, ColumnRole.Done, ColumnRole.Responsible), (shorter.Count, shorter[5], shorter[6]));
    }

    [Theory]
    [InlineData("ดำเนินการแล้ว")]
    [InlineData("ยังไม่ดำเนินการ|ผู้รับผิดชอบ")]
    [InlineData("ยังไม่ดำเนินการ|ดำเนินการแล้ว|ข้อความอื่น")]
    public void A_row_with_one_status_or_anything_else_is_not_a_refinement(string cells)
    {
        var header = HeaderColumns.TryRead(Row("ตัวชี้วัด", "มาตรการ", "ขั้นตอน", "สถานะ"))!;

        Assert.Null(header.Refine(Row(["", .. cells.Split('|')])));
    }
}
