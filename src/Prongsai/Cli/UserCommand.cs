using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Data;

namespace Prongsai.Cli;

/// <summary>`prongsai user add --agency SLUG --email E --role ROLE [--unit NAME] [--password P]`.</summary>
static class UserCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new DataOptions();
        var agency = new Option<string?>("--agency") { Description = "The agency's slug (required for admin, editor and executive)" };
        var email = new Option<string>("--email") { Description = "The user's e-mail, also their sign-in name", Required = true };
        var role = new Option<string>("--role") { Description = "sysadmin, admin, editor, executive or oversight", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var unit = new Option<string?>("--unit") { Description = "For editors: the unit whose measures they edit" };
        var password = new Option<string?>("--password") { Description = "The password; generated and printed when omitted" };
        var add = new Command("add", "Add a user") { agency, email, role, unit, password };
        options.AddTo(add);
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new NewUser(parseResult.GetValue(agency), parseResult.GetValue(email)!, parseResult.GetValue(role)!,
                parseResult.GetValue(unit), parseResult.GetValue(password));
            return await CliHost.RunAsync(parseResult.GetValue(options.Data), parseResult.GetValue(options.Db), parseResult.GetValue(options.Evidence), "cli",
                services => AddAsync(services, request, output, error));
        });
        return new Command("user", "Manage users") { add };
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
                error.WriteLine($"prongsai: no agency '{request.AgencySlug}'");
                return ExitCodes.InputUnreadable;
            }

            if (request.Unit is not null && agency.Units.All(u => u.Name != request.Unit))
            {
                error.WriteLine($"prongsai: agency '{request.AgencySlug}' has no unit '{request.Unit}'");
                return ExitCodes.InputUnreadable;
            }

            agencyId = agency.Id;
        }

        if (Roles.BelongsToAgency(request.Role) && agencyId is null)
        {
            error.WriteLine($"prongsai: role {request.Role} needs --agency");
            return ExitCodes.InputUnreadable;
        }

        if (request.Role == Roles.Editor && request.Unit is null)
        {
            error.WriteLine("prongsai: role editor needs --unit");
            return ExitCodes.InputUnreadable;
        }

        var password = request.Password ?? DemoSeed.GeneratePassword();
        var user = new AppUser { UserName = request.Email, Email = request.Email, EmailConfirmed = true, Role = request.Role, AgencyId = agencyId, UnitName = request.Unit };
        var result = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, password);
        if (!result.Succeeded)
        {
            error.WriteLine($"prongsai: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            return ExitCodes.InputUnreadable;
        }

        output.WriteLine($"user {request.Email} ({request.Role}) added");
        if (request.Password is null)
        {
            output.WriteLine($"password: {password}");
        }

        return ExitCodes.Fine;
    }
}
