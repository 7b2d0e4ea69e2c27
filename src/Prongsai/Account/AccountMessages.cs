using Microsoft.AspNetCore.Identity;

namespace Prongsai.Account;

/// <summary>Identity's refusals told in Thai and English, for the pages and the command line alike.</summary>
public static class AccountMessages
{
    public const string WrongSignIn =
        "อีเมลหรือรหัสผ่านไม่ถูกต้อง หากใส่รหัสผ่านผิด ๕ ครั้ง บัญชีจะถูกล็อก ๑๕ นาที " +
        "(Wrong e-mail or password. Five wrong passwords lock an account for 15 minutes.)";

    public const string LastAdministrator =
        "ทำไม่ได้ เพราะจะไม่เหลือผู้ดูแลที่ใช้งานได้ (Refused: this is the last enabled administrator.)";

    public static string Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "รหัสผ่านต้องยาวอย่างน้อย ๑๐ ตัวอักษร (The password needs at least 10 characters.)",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "รหัสผ่านต้องมีตัวเลข (The password needs a digit.)",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "รหัสผ่านต้องมีอักษรอังกฤษตัวเล็ก (The password needs a lower-case letter.)",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "รหัสผ่านต้องมีอักษรอังกฤษตัวใหญ่ (The password needs an upper-case letter.)",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "รหัสผ่านมีตัวอักษรซ้ำกันมากเกินไป (The password repeats too few different characters.)",
        nameof(IdentityErrorDescriber.PasswordMismatch) => "รหัสผ่านปัจจุบันไม่ถูกต้อง (The current password is wrong.)",
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
            "มีผู้ใช้อีเมลนี้อยู่แล้ว (A user with this e-mail already exists.)",
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
            "อีเมลไม่ถูกต้อง (The e-mail is not valid.)",
        nameof(IdentityErrorDescriber.ConcurrencyFailure) => "มีผู้อื่นแก้ผู้ใช้นี้พร้อมกัน โปรดลองอีกครั้ง (Someone else changed this user at the same time; try again.)",
        _ => $"บันทึกผู้ใช้ไม่สำเร็จ (The user could not be saved: {error.Code}.)",
    };

    public static IEnumerable<string> Describe(IdentityResult result) => result.Errors.Select(Describe);
}
