namespace Aliado.Core;

/// <summary>Small named checks that collect <see cref="FieldError"/>s instead of throwing.</summary>
public sealed class Check
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public Check Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.Required));
        }
        return this;
    }

    public Check Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            _errors.Add(new FieldError(field, ErrorCodes.Required));
        }
        return this;
    }

    /// <summary>At most <paramref name="max"/> characters, and none of the invisible control characters that databases refuse (NUL).</summary>
    public Check MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            _errors.Add(new FieldError(field, ErrorCodes.TooLong, max));
        }
        else if (value is not null && value.Any(IsForbidden))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidCharacters));
        }
        return this;
    }

    /// <summary>Control characters other than line breaks and tabs have no place in text a person typed.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    public Check Range(string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            _errors.Add(new FieldError(field, ErrorCodes.OutOfRange, min, max));
        }
        return this;
    }

    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    /// <summary>
    /// Dates a person records lie between 1900 and 2100; anything else is a slip of the keyboard (0001-01-01)
    /// that would sort and count wrongly. Only reported when the field has no other error.
    /// </summary>
    public Check Within(string field, DateTime? value)
    {
        if (value is { } v && (v.Year < FirstYear || v.Year > LastYear) && _errors.All(e => e.Field != field))
        {
            _errors.Add(new FieldError(field, ErrorCodes.DateOutOfRange, FirstYear, LastYear));
        }
        return this;
    }

    public Check Email(string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !EmailAddress.LooksValid(value))
        {
            _errors.Add(new FieldError(field, ErrorCodes.InvalidEmail));
        }
        return this;
    }

    /// <summary>Entities apply only checked drafts; an unchecked one reaching them is a programming error.</summary>
    public static void EnsureValid(IReadOnlyList<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Apply a validated draft: {string.Join(", ", errors.Select(e => $"{e.Field}:{e.Code}"))}");
        }
    }

    public Check Add(FieldError error)
    {
        _errors.Add(error);
        return this;
    }
}
