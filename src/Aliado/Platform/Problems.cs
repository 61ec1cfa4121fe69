using Aliado.Core;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>RFC 9457 problem details with titles and field messages in the request's language.</summary>
public sealed class Problems(IStringLocalizer<SharedResource> localizer)
{
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
