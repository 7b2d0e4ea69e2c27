namespace Prongsai.Account;

/// <summary>
/// A signed-in browser session, kept in the database so that signing out, "sign out everywhere" and disabling a user
/// end it at once on every instance; the cookie carries only the (protected) key.
/// </summary>
public sealed class UserSession
{
    public required string Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>The serialized authentication ticket (claims and properties).</summary>
    public required byte[] Ticket { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime ExpiresAt { get; set; }
}
