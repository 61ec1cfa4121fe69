using Aliado.Data;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Aliado.Features.People;

public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Before { get; set; }

    public PagedList<PersonDto> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public bool CanEdit => workspace.CanEdit;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await FindPeople.RunAsync(db, Q, PageRequest.From(PageNumber, PageRequest.DefaultSize), PageAnchor.From(After, Before), lastPageIfPast: true, cancellationToken);

    public Shared.Pager Pager => Shared.Pager.Of("/people", Result, Q) with
    {
        LastRow = Result.Items.Count > 0 ? Result.Items[^1].Id : null,
        FirstRow = Result.Items.Count > 0 ? Result.Items[0].Id : null,
    };
}
