using Aliado.Core.People;

namespace Aliado.Exchange.Contacts;

/// <summary>What an export writes about one person.</summary>
public sealed record PersonCard(
    Guid Id,
    string Name,
    string? Organization,
    string? Position,
    IReadOnlyList<ContactPoint> Emails,
    IReadOnlyList<ContactPoint> Phones,
    IReadOnlyList<ContactPoint> Links,
    string? Birthday,
    IReadOnlyList<string> Roles,
    string? Notes,
    DateTime UpdatedAt);
