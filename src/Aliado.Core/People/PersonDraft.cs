namespace Aliado.Core.People;

/// <summary>What a user submits to create or change a person, before it is checked.</summary>
public sealed record PersonDraft(
    string? Name,
    Guid? OrganizationId = null,
    string? Position = null,
    IReadOnlyList<string>? Roles = null,
    SocialStyle? SocialStyle = null,
    string? LeadershipStyle = null,
    string? PerceivedByOwnTeam = null,
    string? PerceivedByOtherTeams = null,
    string? Email = null,
    string? Phone = null,
    string? Notes = null,
    IReadOnlyList<ContactPoint>? Emails = null,
    IReadOnlyList<ContactPoint>? Phones = null,
    IReadOnlyList<ContactPoint>? Links = null,
    string? Birthday = null)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var check = new Check()
            .Required("name", Name)
            .MaxLength("name", Name, Limits.Name)
            .MaxLength("position", Position, Limits.ShortText)
            .MaxLength("leadershipStyle", LeadershipStyle, Limits.ShortText)
            .MaxLength("perceivedByOwnTeam", PerceivedByOwnTeam, Limits.LongText)
            .MaxLength("perceivedByOtherTeams", PerceivedByOtherTeams, Limits.LongText)
            .MaxLength("email", Email, Limits.Email)
            .Email("email", Email)
            .MaxLength("phone", Phone, Limits.Phone)
            .MaxLength("notes", Notes, Limits.Notes)
            .MaxLength("birthday", Birthday, People.Birthday.Length);
        if (!string.IsNullOrWhiteSpace(Birthday) && !People.Birthday.IsValid(Birthday) && check.Errors.All(e => e.Field != "birthday"))
        {
            check.Add(new FieldError("birthday", ErrorCodes.InvalidBirthday, Check.FirstYear, Check.LastYear));
        }
        CheckPoints(check, "emails", Emails, Limits.Email, isEmail: true);
        CheckPoints(check, "phones", Phones, Limits.Phone);
        CheckPoints(check, "links", Links, ContactPoint.LinkLength);
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

    /// <summary>Each listed e-mail, phone or link has a value, fits, and (for e-mails) looks like an address.</summary>
    private static void CheckPoints(Check check, string field, IReadOnlyList<ContactPoint>? points, int length, bool isEmail = false)
    {
        if (points is null)
        {
            return;
        }
        if (points.Count > ContactPoint.MaxPerKind)
        {
            check.Add(new FieldError(field, ErrorCodes.TooMany, ContactPoint.MaxPerKind));
            return;
        }
        foreach (var point in points)
        {
            var before = check.Errors.Count;
            check.Required(field, point?.Value);
            if (point is null || check.Errors.Count > before)
            {
                return;
            }
            check.MaxLength(field, point.Value, length).MaxLength(field, point.Label, ContactPoint.LabelLength);
            if (isEmail)
            {
                check.Email(field, point.Value);
            }
            if (check.Errors.Count > before)
            {
                return;
            }
        }
    }
}
