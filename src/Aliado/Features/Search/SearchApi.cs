using Aliado.Core;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Search;

public static class SearchApi
{
    public static void MapSearch(this RouteGroupBuilder api) =>
        api.MapGet("/search", async Task<Results<Ok<SearchResponse>, ValidationProblem>> (
                string? q, string[]? kinds, int? limit, AliadoDbContext db, UserTime time, IStringLocalizer<SharedResource> localizer, Problems problems, CancellationToken cancellationToken) =>
            {
                if (q is { Length: > SearchQuery.MaxLength })
                {
                    return problems.Validation("q", ErrorCodes.TooLong, SearchQuery.MaxLength);
                }
                if (limit is < 1 or > SearchEverything.MaxLimit)
                {
                    return problems.Validation("limit", ErrorCodes.OutOfRange, 1, SearchEverything.MaxLimit);
                }
                if (SearchEverything.ParseKinds(kinds ?? []) is not { } wanted)
                {
                    return problems.Validation("kinds", ErrorCodes.OneOf, string.Join(", ", SearchEverything.Kinds));
                }
                return TypedResults.Ok(await SearchEverything.RunAsync(db, q, wanted, limit ?? SearchEverything.DefaultLimit, time, localizer, cancellationToken));
            })
            .WithTags("Search")
            .WithName("Search")
            .WithSummary("Everything in the workspace that matches the words of q (case and accents ignored, each word the start of a word), best first.");
}
