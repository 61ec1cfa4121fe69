namespace Aliado.Data.Keeping;

/// <summary>
/// The first answer to a POST sent with an Idempotency-Key (or a form's one-time token), replayed to
/// every retry with the same key so a retry never creates twice.
/// </summary>
public sealed class IdempotentRequest
{
    public const int KeyLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Who sent it (a user id) and the key they chose, unique together.</summary>
    public required string Owner { get; init; }

    public required string Key { get; init; }

    public required string Path { get; init; }

    public DateTime CreatedAt { get; init; } = DateTime.UtcNow;

    /// <summary>Null while the first request is still running.</summary>
    public int? Status { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }
}
