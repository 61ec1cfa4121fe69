using Aliado.Core;
using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Search;

/// <summary>The header's search box lands here: every kind of record, grouped by kind in the order of their best hit.</summary>
public sealed class IndexModel(AliadoDbContext db, UserTime time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kinds { get; set; }

    public SearchResponse Result { get; private set; } = new([], 0, new Dictionary<string, int>());

    /// <summary>The one kind the user asked to see in full, if any.</summary>
    public string? OnlyKind { get; private set; }

    public bool TooShort { get; private set; }

    /// <summary>Set when the address names a kind that does not exist: every kind is searched, and the page says why.</summary>
    public string? KindsError { get; private set; }

    public IEnumerable<IGrouping<string, SearchItem>> Groups => Result.Items.GroupBy(i => i.Kind);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var parsed = SearchEverything.ParseKinds([Kinds]);
        KindsError = parsed is null ? localizer.Describe(new FieldError("kinds", ErrorCodes.OneOf, string.Join(", ", SearchEverything.Kinds))) : null;
        var kinds = parsed ?? [];
        OnlyKind = kinds.Count == 1 ? kinds[0] : null;
        var query = SearchQuery.Parse(Q);
        TooShort = !string.IsNullOrWhiteSpace(Q) && query.IsEmpty;
        if (!query.IsEmpty)
        {
            Result = await SearchEverything.RunAsync(db, Q, kinds, OnlyKind is null ? SearchEverything.DefaultLimit : SearchEverything.MaxLimit, time, localizer, cancellationToken);
        }
    }
}
