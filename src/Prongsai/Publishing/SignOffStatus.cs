namespace Prongsai.Publishing;

/// <summary>The HTTP status the page and the API answer a sign-off outcome with.</summary>
public static class SignOffStatus
{
    public static int Of(SignOffResult result) => result switch
    {
        SignOffResult.Done => StatusCodes.Status200OK,
        SignOffResult.Invalid => StatusCodes.Status400BadRequest,
        SignOffResult.Forbidden => StatusCodes.Status403Forbidden,
        SignOffResult.NotFound => StatusCodes.Status404NotFound,
        SignOffResult.Conflict => StatusCodes.Status409Conflict,
        // The printer, not the database, ran out of time: a gateway's timeout, distinct from the database's 503.
        SignOffResult.PrintTimedOut => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };
}
