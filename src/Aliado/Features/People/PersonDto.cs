using System.Linq.Expressions;
using Aliado.Core.People;

namespace Aliado.Features.People;

public sealed record PersonDto(
    Guid Id,
    string Name,
    bool IsMe,
    Guid? OrganizationId,
    string? OrganizationName,
    string? Position,
    IReadOnlyList<string> Roles,
    SocialStyle SocialStyle,
    string? LeadershipStyle,
    string? PerceivedByOwnTeam,
    string? PerceivedByOtherTeams,
    string? Email,
    string? Phone,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    IReadOnlyList<ContactPoint> Emails,
    IReadOnlyList<ContactPoint> Phones,
    IReadOnlyList<ContactPoint> Links,
    string? Birthday)
{
    /// <summary>Translated to SQL, so a list of people is one query, organization names included.</summary>
    public static readonly Expression<Func<Person, PersonDto>> FromPerson = p => new PersonDto(
        p.Id,
        p.Name,
        p.IsMe,
        // An organization in the trash is not shown; the link comes back with it if it is restored.
        p.Organization != null ? p.OrganizationId : null,
        p.Organization != null ? p.Organization.Name : null,
        p.Position,
        p.Roles,
        p.SocialStyle,
        p.LeadershipStyle,
        p.PerceivedByOwnTeam,
        p.PerceivedByOtherTeams,
        p.Email,
        p.Phone,
        p.Notes,
        p.CreatedAt,
        p.UpdatedAt,
        p.Emails,
        p.Phones,
        p.Links,
        p.Birthday);
}
