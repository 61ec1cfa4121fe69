using Aliado.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>RFC 9457 problem details with titles and field messages in the request's language.</summary>
public sealed class Problems(IStringLocalizer<SharedResource> localizer)
{
    /// <summary>
    /// A use case's outcome as the API answers it, written once: done as <paramref name="done"/> makes it; a
    /// refused field 400; something named that cannot be used here 422; a collision with what is saved 409;
    /// missing 404.
    /// </summary>
    public Results<TDone, ValidationProblem, ProblemHttpResult> Answer<T, TDone>(Outcome<T> outcome, Func<T, TDone> done) where TDone : IResult => outcome switch
    {
        Outcome<T>.Done value => done(value.Value),
        Outcome<T>.Invalid invalid => Validation(invalid.Errors),
        Outcome<T>.Unusable unusable => Unprocessable(unusable.Errors),
        Outcome<T>.Refused refused => Conflict(refused.MessageKey, refused.Arguments),
        _ => NotFound(),
    };

    /// <summary><see cref="Answer"/> with 200 and the value.</summary>
    public Results<Ok<T>, ValidationProblem, ProblemHttpResult> Ok<T>(Outcome<T> outcome) => Answer(outcome, TypedResults.Ok);

    /// <summary><see cref="Answer"/> with 201, the value and where it lives.</summary>
    public Results<Created<T>, ValidationProblem, ProblemHttpResult> Created<T>(Outcome<T> outcome, Func<T, string> location) =>
        Answer(outcome, value => TypedResults.Created(location(value), value));

    public ValidationProblem Validation(IEnumerable<FieldError> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(localizer.Describe).ToArray()),
            title: localizer["problem.validation"]);

    public ValidationProblem Validation(string field, string code, params object[] arguments) =>
        Validation([new FieldError(field, code, arguments)]);

    /// <summary>422: the fields are well formed, but what they name cannot be used here.</summary>
    public ProblemHttpResult Unprocessable(IEnumerable<FieldError> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(localizer.Describe).ToArray()))
        {
            Title = localizer["problem.unprocessable"],
            Status = StatusCodes.Status422UnprocessableEntity,
        });

    public ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: localizer["problem.not-found"], statusCode: StatusCodes.Status404NotFound);

    public ProblemHttpResult Conflict(string detailKey, params object[] arguments) =>
        TypedResults.Problem(title: localizer["problem.conflict"], detail: localizer[detailKey, arguments], statusCode: StatusCodes.Status409Conflict);

    public ProblemHttpResult Forbidden(string detailKey) =>
        TypedResults.Problem(title: localizer["problem.forbidden"], detail: localizer[detailKey], statusCode: StatusCodes.Status403Forbidden);
}
