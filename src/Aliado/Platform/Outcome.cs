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

    /// <summary>The same outcome with the done value turned into what the caller shows (an assessment into its view).</summary>
    public static async Task<Outcome<TResult>> SelectAsync<T, TResult>(this Outcome<T> outcome, Func<T, Task<TResult>> select) => outcome switch
    {
        Outcome<T>.Done done => Done(await select(done.Value)),
        Outcome<T>.Invalid invalid => Invalid<TResult>(invalid.Errors),
        Outcome<T>.Unusable unusable => Unusable<TResult>(unusable.Errors),
        Outcome<T>.Refused refused => Refused<TResult>(refused.MessageKey, refused.Arguments),
        _ => Missing<TResult>(),
    };
}
