namespace Aliado.Core;

/// <summary>
/// A problem with one input field. <see cref="Code"/> is stable and language-neutral; the host turns it
/// into a localized sentence, filling in <see cref="Arguments"/>.
/// </summary>
public sealed record FieldError(string Field, string Code, params object[] Arguments);

public static class ErrorCodes
{
    public const string Required = "required";
    public const string TooLong = "too-long";
    public const string OutOfRange = "out-of-range";
    public const string OneOf = "one-of";
    public const string InvalidEmail = "invalid-email";
    public const string NotFound = "not-found";
    public const string TieToSelf = "tie-to-self";
    public const string DuplicateTie = "duplicate-tie";
    public const string TieSomeone = "tie-someone";
    public const string TieNewOrChosen = "tie-new-or-chosen";
    public const string OrganizationCycle = "organization-cycle";
    public const string TooMany = "too-many";
    public const string InvalidCharacters = "invalid-characters";
    public const string SamePerson = "same-person";
    public const string WrongHolder = "wrong-holder";
    public const string InFuture = "in-future";
    public const string BeforeStart = "before-start";
    public const string InvalidKey = "invalid-key";
    public const string Duplicate = "duplicate";
    public const string Retired = "retired";
    public const string Withheld = "withheld";
    public const string DateOutOfRange = "date-out-of-range";
    public const string InvalidBirthday = "invalid-birthday";
}
