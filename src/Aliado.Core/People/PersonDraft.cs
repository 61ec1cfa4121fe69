namespace Aliado.Core.People;

/// <summary>What a user submits to create or change a person, before it is checked.</summary>
public sealed record PersonDraft(
    string? Name,
    Guid? OrganizationId = null,
    string? Position = null,
    IReadOnlyList<string>? Roles = null,
    string? SocialStyle = null,
    string? LeadershipStyle = null,
    string? PerceivedByOwnTeam = null,
    string? PerceivedByOtherTeams = null,
    string? Email = null,
    string? Phone = null,
    string? Notes = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var check = new Check()
            .Required("name", Name)
            .MaxLength("name", Name, Limits.Name)
            .MaxLength("position", Position, Limits.ShortText)
            .OneOf<SocialStyle>("socialStyle", SocialStyle)
            .MaxLength("leadershipStyle", LeadershipStyle, Limits.ShortText)
            .MaxLength("perceivedByOwnTeam", PerceivedByOwnTeam, Limits.LongText)
            .MaxLength("perceivedByOtherTeams", PerceivedByOtherTeams, Limits.LongText)
            .MaxLength("email", Email, Limits.Email)
            .Email("email", Email)
            .MaxLength("phone", Phone, Limits.Phone)
            .MaxLength("notes", Notes, Limits.LongText);
        if (Roles is { Count: > Limits.RoleCount })
        {
            check.Add(new FieldError("roles", ErrorCodes.TooMany, Limits.RoleCount));
        }
        else if (Roles?.FirstOrDefault(r => r is not null && r.Trim().Length > Limits.Role) is not null)
        {
            check.Add(new FieldError("roles", ErrorCodes.TooLong, Limits.Role));
        }
        return check.Errors;
    }
}
