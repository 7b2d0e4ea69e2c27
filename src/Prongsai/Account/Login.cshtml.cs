using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Data;

namespace Prongsai.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInCheck check) : PageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await check.CheckAsync(Email ?? "", Password ?? "", HttpContext.RequestAborted);
        if (user is null)
        {
            Error = AccountMessages.WrongSignIn;
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        if (user.MustChangePassword)
        {
            return LocalRedirect(ForcedPasswordChange.PagePath);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
