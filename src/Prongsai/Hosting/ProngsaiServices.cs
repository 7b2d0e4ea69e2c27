using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Prongsai.Account;
using Prongsai.Api;
using Prongsai.Audit;
using Prongsai.Data;
using Prongsai.Oversight;

namespace Prongsai.Hosting;

/// <summary>Registers the features' services: the database, Identity, authentication and authorization.</summary>
public static class ProngsaiServices
{
    public static void AddProngsaiData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DataSettings.From(configuration);
        services.AddSingleton(settings);
        // The shipped frameworks overlaid by DATA/frameworks/*.json: a broken file stops the start with its name.
        services.AddSingleton(_ => Prongsai.Catalog.FrameworkCatalog.Load(settings.FrameworksDirectory));
        services.AddSingleton<Prongsai.Import.Uploads>();
        services.AddSingleton<Prongsai.Import.PreviewLifetime>();
        services.AddSingleton<Prongsai.Progress.EvidenceFiles>();
        services.AddSingleton<Prongsai.Progress.EvidenceSweep>();
        services.AddScoped<Prongsai.Progress.ProgressWrites>();
        services.AddScoped<Prongsai.Publishing.SignOff>();
        services.AddSingleton<Prongsai.Publishing.PublicationCache>();
        services.AddSingleton<Prongsai.Publishing.Publisher>();
        services.AddSingleton<OversightCache>();
        // One warm Chromium for the whole application: PDFs are printed at approval, never per request.
        services.AddSingleton(provider => new Prongsai.Printing.PdfPrinter(PrinterOptions.From(configuration), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(Prongsai.Progress.SmtpSettings.Read(configuration));
        services.TryAddSingleton(TimeProvider.System);
        // Registered first so that the database is migrated before any other hosted service reads it (the key ring).
        services.AddHostedService<DatabaseStartup>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentAgency>();
        services.AddScoped<AuditActor>();
        services.AddScoped<AuditInterceptor>();
        services.AddDbContext<ProngsaiDb>((provider, options) =>
        {
            var data = provider.GetRequiredService<DataSettings>();
            if (data.UsesPostgres)
            {
                // The migrations are generated once and written provider-neutral; the snapshot's SQLite
                // column types are not a pending change on PostgreSQL.
                options.UseNpgsql(data.PostgresConnection)
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
            }
            else
            {
                PrivateStorage.CreateDirectory(data.DataDirectory);
                options.UseSqlite($"Data Source={data.SqlitePath}");
            }

            options.AddInterceptors(provider.GetRequiredService<AuditInterceptor>());
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ProngsaiDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ProngsaiClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddScoped<UserAccounts>();
        services.AddScoped<SignInCheck>();
        services.AddSingleton<DbTicketStore>();
        services.AddSingleton<Prongsai.Progress.ReminderMailer>();
        services.AddSingleton<Prongsai.Oit.OitReminderMailer>();
        services.AddHostedService(provider => provider.GetRequiredService<Prongsai.Progress.ReminderMailer>());
        services.AddHostedService<Prongsai.Progress.EvidenceSweeper>();
        services.AddHostedService<Prongsai.Import.PreviewSweeper>();
        services.AddScoped<Prongsai.Oit.OitWrites>();
        Prongsai.Oit.LinkChecker.Register(services, configuration);
        services.AddSingleton<Prongsai.Oit.LinkSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<Prongsai.Oit.LinkSweeper>());
        services.AddDataProtection().PersistKeysToDbContext<ProngsaiDb>().SetApplicationName("prongsai");
    }

    public static void AddProngsaiWeb(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                // A refusal is a 403 shown by the status page, not a redirect: the URL stays what was asked for.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
                // A program that asks for JSON gets the 401 (as problem details), not the sign-in page.
                var signIn = options.Events.OnRedirectToLogin;
                options.Events.OnRedirectToLogin = context =>
                {
                    if (!ProblemResponses.WantsJson(context.Request))
                    {
                        return signIn(context);
                    }

                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
                options.Cookie.Name = "prongsai";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS (directly or through a proxy's X-Forwarded-Proto).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }));
        // Sessions live in the database (DbTicketStore): signing out and disabling a user take effect at once everywhere.
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DbTicketStore>((options, store) => options.SessionStore = store);
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(BearerTokenHandler.PolicyName, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireAuthenticatedUser())
            .AddOversightPolicy();

        services.TryAddSingleton(TimeProvider.System);
        // Thai stays Thai in the HTML (still encoded where it must be: < > & " ').
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // "new" and "{id}/edit" are the same page: one form, one handler.
        services.AddRazorPages(options =>
        {
            // Pages live in feature folders (Measures/, Import/, …) beside their handlers, not under Pages/.
            options.RootDirectory = "/";
            options.Conventions.AddPageRoute("/Measures/Edit", "/a/{slug}/measures/new");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add(new Agencies.AgencyScopeFilter());
            options.ModelBinderProviders.Insert(0, new Shared.ThaiDateBinderProvider());
        });
        services.AddOpenApi(options => options.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
        // A field the API refuses is told in Thai and English like every other problem (the framework's title is English).
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails is HttpValidationProblemDetails problem)
            {
                problem.Title = StatusTexts.Title(problem.Status ?? StatusCodes.Status400BadRequest);
            }
        });
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Enums in API bodies read and write as in the interchange JSON: "progress", "inProgress", "approved".
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
    }
}
