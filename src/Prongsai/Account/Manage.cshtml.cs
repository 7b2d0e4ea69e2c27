using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

/// <summary>The signed-in user's own account: password, sessions and API tokens.</summary>
public sealed class ManageModel(ProngsaiDb db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public string? Error { get; private set; }

    [BindProperty(SupportsGet = true, Name = "changed")]
    public string? Changed { get; set; }

    public bool PasswordChanged => Changed == "password";

    /// <summary>The caller's token whose revocation waits for confirmation (?revoke=ID).</summary>
    public ApiToken? Revoking { get; private set; }

    public async Task OnGetAsync(Guid? revoke)
    {
        await LoadAsync();
        Revoking = Tokens.FirstOrDefault(t => t.Id == revoke);
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(string? name, int days = ApiTokens.DefaultDays)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ApiTokens.IsValidDays(days))
        {
            Error = $"อายุโทเค็นต้องอยู่ระหว่าง ๑ ถึง {Thai.ThaiDigits.ToThai(ApiTokens.MaxDays)} วัน (A token lasts 1 to {ApiTokens.MaxDays} days.)";
        }
        else
        {
            NewToken = await ApiTokens.CreateAsync(db, user, string.IsNullOrWhiteSpace(name) ? "web" : name, days);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid id)
    {
        // Only the caller's own tokens: another user's id revokes nothing.
        await ApiTokens.RevokeAsync(db, Caller.From(User).UserId, id);
        return LocalRedirect(Shared.Banner.After("/account", "revoked"));
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
            await DbTicketStore.EndAllAsync(db, user.Id);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/account/login");
    }

    async Task LoadAsync()
    {
        Caller = Caller.From(User);
        var userId = Caller.UserId;
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ToListAsync();
    }
}
