namespace Prongsai.Data;

/// <summary>
/// An agency's ITA result for one fiscal year: the total, each tool, each indicator (1–10), and the level the
/// year's framework gives them (<see cref="Catalog.ScoreLevels"/>), stored so lists need not recompute it.
/// </summary>
public sealed class AgencyScore : IAgencyOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid AgencyId { get; set; }

    public int FiscalYear { get; set; }

    public decimal Total { get; set; }

    public decimal? Iit { get; set; }

    public decimal? Eit { get; set; }

    public decimal? Oit { get; set; }

    /// <summary>Indicator 1 to 10 at index 0 to 9; null where the result does not give it.</summary>
    public List<decimal?> IndicatorScores { get; set; } = [.. new decimal?[10]];

    /// <summary>The band's name: ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, or AA … F up to 2565.</summary>
    public string Level { get; set; } = "";

    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;

    public string RecordedBy { get; set; } = "";

    public decimal? Indicator(int number) => number is >= 1 and <= 10 && IndicatorScores.Count >= number ? IndicatorScores[number - 1] : null;
}

/// <summary>The 77 provinces (76 changwat and Bangkok), in the order of the Royal Institute's list by region.</summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> All =
    [
        "กรุงเทพมหานคร", "สมุทรปราการ", "นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "อ่างทอง", "ลพบุรี", "สิงห์บุรี", "ชัยนาท", "สระบุรี",
        "ชลบุรี", "ระยอง", "จันทบุรี", "ตราด", "ฉะเชิงเทรา", "ปราจีนบุรี", "นครนายก", "สระแก้ว", "นครราชสีมา", "บุรีรัมย์",
        "สุรินทร์", "ศรีสะเกษ", "อุบลราชธานี", "ยโสธร", "ชัยภูมิ", "อำนาจเจริญ", "บึงกาฬ", "หนองบัวลำภู", "ขอนแก่น", "อุดรธานี",
        "เลย", "หนองคาย", "มหาสารคาม", "ร้อยเอ็ด", "กาฬสินธุ์", "สกลนคร", "นครพนม", "มุกดาหาร", "เชียงใหม่", "ลำพูน",
        "ลำปาง", "อุตรดิตถ์", "แพร่", "น่าน", "พะเยา", "เชียงราย", "แม่ฮ่องสอน", "นครสวรรค์", "อุทัยธานี", "กำแพงเพชร",
        "ตาก", "สุโขทัย", "พิษณุโลก", "พิจิตร", "เพชรบูรณ์", "ราชบุรี", "กาญจนบุรี", "สุพรรณบุรี", "นครปฐม", "สมุทรสาคร",
        "สมุทรสงคราม", "เพชรบุรี", "ประจวบคีรีขันธ์", "นครศรีธรรมราช", "กระบี่", "พังงา", "ภูเก็ต", "สุราษฎร์ธานี", "ระนอง", "ชุมพร",
        "สงขลา", "สตูล", "ตรัง", "พัทลุง", "ปัตตานี", "ยะลา", "นราธิวาส",
    ];
}
