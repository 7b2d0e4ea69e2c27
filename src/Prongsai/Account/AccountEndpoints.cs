using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Data;

namespace Prongsai.Account;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post from the layout: antiforgery is validated for form posts to minimal APIs.
        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
    }
}
