using Aliado.Core.Relationships;
using Aliado.Data;
using Aliado.Features.Relationships;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Interests;

/// <summary>Steps 2 and 3: what the client wants and what I want, added from the relationship page.</summary>
[EditorsOnlyPage]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, Said said, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InterestForm ClientInterest { get; set; } = new();

    [BindProperty]
    public InterestForm MyInterest { get; set; } = new();

    public RelationshipParties Parties { get; private set; } = null!;

    /// <summary>My standing interests not yet recorded in this relationship (by their words, ignoring case).</summary>
    public IReadOnlyList<StandingInterests.StandingInterestDto> Standing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RelationshipParties.LoadAsync(db, id, cancellationToken) is not { } parties)
        {
            return NotFound();
        }
        var mine = (await db.Interests.AsNoTracking().Where(i => i.RelationshipId == id && i.Holder == InterestHolder.Provider).Select(i => i.Description).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.CurrentCultureIgnoreCase);
        (Parties, Standing) = (parties, [.. (await StandingInterests.StandingInterests.ListAsync(db, cancellationToken)).Where(s => !mine.Contains(s.Description))]);
        return Page();
    }

    public Task<IActionResult> OnPostClientAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.ClientInterest, ClientInterest,
            () => CaseEntries.AddInterestAsync(db, workspace, id, ClientInterest.ToDraft(InterestHolder.Client), cancellationToken),
            added => said.AfterAsync(id, added), localizer);

    public Task<IActionResult> OnPostMineAsync(Guid id, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.MyInterest, MyInterest,
            () => CaseEntries.AddInterestAsync(db, workspace, id, MyInterest.ToDraft(InterestHolder.Provider), cancellationToken),
            added => said.AfterAsync(id, added), localizer);

    /// <summary>One of my standing interests, recorded in this relationship with one click.</summary>
    public Task<IActionResult> OnPostStandingAsync(Guid id, Guid standingId, CancellationToken cancellationToken) =>
        StepForms.SaveAsync(this, id, StepForm.MyInterest, MyInterest,
            () => StandingInterests.StandingInterests.UseAsync(db, workspace, id, standingId, cancellationToken),
            added => said.AfterAsync(id, added), localizer);
}
