namespace Prongsai.Hosting;

/// <summary>What an error status means, in Thai and English: one table for the status page and the API's problem details.</summary>
public static class StatusTexts
{
    public static (string Thai, string English) For(int status) => status switch
    {
        400 => ("คำขอไม่ถูกต้อง", "Bad request"),
        401 => ("ต้องยืนยันตัวตนก่อน", "Authentication required"),
        403 => ("ไม่มีสิทธิ์ดำเนินการนี้", "Not allowed"),
        404 => ("ไม่พบหน้านี้", "Not found"),
        405 => ("ไม่รองรับวิธีเรียกนี้", "Method not allowed"),
        409 => ("ข้อมูลถูกแก้ไขไปแล้ว", "Conflict"),
        413 => ("ข้อมูลที่ส่งมาใหญ่เกินไป", "Request too large"),
        415 => ("ไม่รองรับรูปแบบข้อมูลนี้", "Unsupported media type"),
        429 => ("มีคำขอมากเกินไป", "Too many requests"),
        503 => ("ระบบฐานข้อมูลไม่พร้อมใช้งานชั่วคราว", "The database is briefly unavailable"),
        507 => ("พื้นที่จัดเก็บของเซิร์ฟเวอร์เต็ม", "The server's storage is full"),
        _ => ("เกิดข้อผิดพลาด", "Something went wrong"),
    };

    /// <summary>"ไม่พบหน้านี้ (Not found)": Thai first, as every message the users read.</summary>
    public static string Title(int status)
    {
        var (thai, english) = For(status);
        return $"{thai} ({english})";
    }
}
