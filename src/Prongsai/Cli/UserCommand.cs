using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Account;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>
/// `prongsai user add|list|reset-password|disable|enable`. A generated password is printed alone on the last line
/// and must be changed at the first sign-in.
/// </summary>
static class UserCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("user", "Manage users")
    {
        CreateAdd(output, error),
        CreateList(output),
        ForEmail("reset-password", "Give the user a new one-time password (printed alone on the last line; to be changed at sign-in)", output, error, ResetAsync),
        ForEmail("disable", "Disable the user: their sessions and API tokens are refused at once", output, error, (s, u, o, e) => SetDisabledAsync(s, u, true, o, e)),
        ForEmail("enable", "Enable a disabled user again", output, error, (s, u, o, e) => SetDisabledAsync(s, u, false, o, e)),
    };

    static Command CreateAdd(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var agency = new Option<string?>("--agency") { Description = "The agency's slug (required for admin, editor and executive)" };
        var email = new Option<string>("--email") { Description = "The user's e-mail, also their sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = "sysadmin, admin, editor, executive or oversight", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var unit = new Option<string?>("--unit") { Description = "For editors: the unit whose measures they edit" };
        var password = new Option<string?>("--password") { Description = "The password; when omitted a one-time password is generated, printed and must be changed at sign-in" };
        var add = new Command("add", "Add a user") { agency, email, role, unit, password };
        options.AddTo(add);
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new NewUser(parseResult.GetValue(agency), parseResult.GetValue(email)!, parseResult.GetValue(role)!,
                parseResult.GetValue(unit), parseResult.GetValue(password));
            return await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli",
                services => AddAsync(services, request, output, error));
        });
        return add;
    }

    static Command CreateList(TextWriter output)
    {
        var options = new DataOptions();
        var agency = new Option<string?>("--agency") { Description = "Only this agency's users" };
        var list = new Command("list", "List users: e-mail, role, agency, unit, status, name and position (tab-separated)") { agency };
        options.AddTo(list);
        list.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var db = services.GetRequiredService<ProngsaiDb>();
                var slug = parseResult.GetValue(agency);
                var rows = await db.Users.AsNoTracking()
                    .GroupJoin(db.Agencies, u => u.AgencyId, a => a.Id, (u, a) => new { User = u, Agencies = a })
                    .SelectMany(x => x.Agencies.DefaultIfEmpty(), (x, a) => new { x.User, Slug = a == null ? null : a.Slug })
                    .Where(x => slug == null || x.Slug == slug)
                    .OrderBy(x => x.Slug).ThenBy(x => x.User.Email)
                    .ToListAsync(cancellationToken);
                output.WriteLine("email\trole\tagency\tunit\tstatus\tname\tposition");
                foreach (var row in rows)
                {
                    var user = row.User;
                    var status = user.DisabledAt is not null ? "disabled" : user.MustChangePassword ? "must-change-password" : "enabled";
                    output.WriteLine(string.Join('\t', user.Email, user.Role, row.Slug ?? "-", user.UnitName ?? "-", status, user.DisplayName ?? "-", user.Position ?? "-"));
                }

                return ExitCodes.Fine;
            }));
        return list;
    }

    /// <summary>A subcommand taking --email that changes that user.</summary>
    static Command ForEmail(string name, string description, TextWriter output, TextWriter error,
        Func<IServiceProvider, AppUser, TextWriter, TextWriter, Task<int>> work)
    {
        var options = new DataOptions();
        var email = new Option<string>("--email") { Description = "The user's e-mail", Required = true };
        var command = new Command(name, description) { email };
        options.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
            await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli", async services =>
            {
                var address = parseResult.GetValue(email)!;
                var user = await services.GetRequiredService<ProngsaiDb>().Users.FirstOrDefaultAsync(u => u.Email == address, cancellationToken);
                if (user is null)
                {
                    error.WriteLine($"prongsai: ไม่พบผู้ใช้ / no user {address}");
                    return ExitCodes.InputUnreadable;
                }

                return await work(services, user, output, error);
            }));
        return command;
    }

    static async Task<int> ResetAsync(IServiceProvider services, AppUser user, TextWriter output, TextWriter error)
    {
        var (password, refused) = await services.GetRequiredService<UserAccounts>().ResetPasswordAsync(user);
        if (password is null)
        {
            error.WriteLine($"prongsai: {refused}");
            return ExitCodes.InputUnreadable;
        }

        output.WriteLine($"รหัสผ่านครั้งเดียวใหม่ของ {user.Email} (แสดงครั้งเดียว ต้องเปลี่ยนเมื่อเข้าสู่ระบบ) / new one-time password for {user.Email} (shown once, to be changed at sign-in):");
        output.WriteLine(password);
        return ExitCodes.Fine;
    }

    static async Task<int> SetDisabledAsync(IServiceProvider services, AppUser user, bool disabled, TextWriter output, TextWriter error)
    {
        if (await services.GetRequiredService<UserAccounts>().SetDisabledAsync(user, disabled) is { } refused)
        {
            error.WriteLine($"prongsai: {refused}");
            return ExitCodes.InputUnreadable;
        }

        output.WriteLine(disabled
            ? $"ระงับผู้ใช้ {user.Email} แล้ว เซสชันและโทเค็นใช้ไม่ได้ทันที / user {user.Email} disabled; their sessions and tokens are refused"
            : $"เปิดใช้ผู้ใช้ {user.Email} แล้ว / user {user.Email} enabled");
        return ExitCodes.Fine;
    }

    sealed record NewUser(string? AgencySlug, string Email, string Role, string? Unit, string? Password);

    static async Task<int> AddAsync(IServiceProvider services, NewUser request, TextWriter output, TextWriter error)
    {
        var db = services.GetRequiredService<ProngsaiDb>();
        Guid? agencyId = null;
        if (request.AgencySlug is not null)
        {
            var agency = await db.Agencies.Include(a => a.Units).FirstOrDefaultAsync(a => a.Slug == request.AgencySlug);
            if (agency is null)
            {
                error.WriteLine($"prongsai: ไม่พบหน่วยงาน / no agency '{request.AgencySlug}'");
                return ExitCodes.InputUnreadable;
            }

            if (request.Unit is not null && agency.Units.All(u => u.Name != request.Unit))
            {
                error.WriteLine($"prongsai: หน่วยงาน '{request.AgencySlug}' ไม่มีกอง/สำนัก '{request.Unit}' / agency '{request.AgencySlug}' has no unit '{request.Unit}'");
                return ExitCodes.InputUnreadable;
            }

            agencyId = agency.Id;
        }

        if (Roles.BelongsToAgency(request.Role) && agencyId is null)
        {
            error.WriteLine($"prongsai: บทบาท {request.Role} ต้องระบุ --agency / role {request.Role} needs --agency");
            return ExitCodes.InputUnreadable;
        }

        if (request.Role == Roles.Editor && request.Unit is null)
        {
            error.WriteLine("prongsai: ผู้บันทึกข้อมูลต้องระบุ --unit / role editor needs --unit");
            return ExitCodes.InputUnreadable;
        }

        var password = request.Password ?? DemoSeed.GeneratePassword();
        var user = new AppUser
        {
            UserName = request.Email, Email = request.Email, EmailConfirmed = true, Role = request.Role, AgencyId = agencyId, UnitName = request.Unit,
            MustChangePassword = request.Password is null,
        };
        var result = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, password);
        if (!result.Succeeded)
        {
            error.WriteLine($"prongsai: {string.Join(" ", AccountMessages.Describe(result))}");
            return ExitCodes.InputUnreadable;
        }

        output.WriteLine($"เพิ่มผู้ใช้ {request.Email} ({request.Role}) แล้ว / user {request.Email} ({request.Role}) added");
        if (request.Password is null)
        {
            output.WriteLine("รหัสผ่านครั้งเดียว (แสดงครั้งเดียว ต้องเปลี่ยนเมื่อเข้าสู่ระบบ) / one-time password (shown once, to be changed at sign-in):");
            output.WriteLine(password);
        }

        return ExitCodes.Fine;
    }
}
