using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Account;

public sealed class ManageModel(ProngsaiDb db) : PageModel
{
    public Caller Caller { get; private set; } = null!;

    public List<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateTokenAsync(string name)
    {
        var caller = Caller.From(User);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == caller.UserId);
        if (user is null)
        {
            return NotFound();
        }

        NewToken = await ApiTokens.CreateAsync(db, user, string.IsNullOrWhiteSpace(name) ? "web" : name.Trim());
        await LoadAsync();
        return Page();
    }

    async Task LoadAsync()
    {
        Caller = Caller.From(User);
        var userId = Caller.UserId;
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ToListAsync();
    }
}
