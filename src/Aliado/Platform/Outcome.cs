using Aliado.Core;

namespace Aliado.Platform;

/// <summary>What a use case did, for the API and the pages to present each in their own way.</summary>
public abstract record Outcome<T>
{
    public sealed record Done(T Value) : Outcome<T>;

    public sealed record Invalid(IReadOnlyList<FieldError> Errors) : Outcome<T>;

    public sealed record Missing : Outcome<T>;

    /// <summary>Well formed, but it names something that cannot be used for this (422), e.g. an offering I will not give.</summary>
    public sealed record Unusable(IReadOnlyList<FieldError> Errors) : Outcome<T>;

    /// <summary>The request is well formed but collides with what is saved; <paramref name="MessageKey"/> explains.</summary>
    public sealed record Refused(string MessageKey, params object[] Arguments) : Outcome<T>;
}

public static class Outcome
{
    public static Outcome<T> Done<T>(T value) => new Outcome<T>.Done(value);

    public static Outcome<T> Invalid<T>(IReadOnlyList<FieldError> errors) => new Outcome<T>.Invalid(errors);

    public static Outcome<T> Missing<T>() => new Outcome<T>.Missing();

    public static Outcome<T> Unusable<T>(IReadOnlyList<FieldError> errors) => new Outcome<T>.Unusable(errors);

    public static Outcome<T> Refused<T>(string messageKey, params object[] arguments) => new Outcome<T>.Refused(messageKey, arguments);
}
