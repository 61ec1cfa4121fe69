using Aliado.Core.Typology;
using Aliado.Data;
using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Lessons;

/// <summary>Every lesson of the workspace in one place, searchable, with a form to record a new one.</summary>
[EditorsOnlyPage(WritesOnly = true)]
public sealed class IndexModel(AliadoDbContext db, CurrentWorkspace workspace, TimeProvider clock, UserTime time, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumber { get; set; }

    /// <summary>Opened from a relationship ("record a lesson from this no"): the form opens with it chosen.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public Guid? From { get; set; }

    [BindProperty]
    public LessonForm Lesson { get; set; } = new();

    public PagedList<LessonDto> Result { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public IReadOnlyList<(Guid Id, string Title)> Relationships { get; private set; } = [];

    public bool CanEdit => workspace.CanEdit;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (From is { } relationshipId)
        {
            Lesson.RelationshipId = relationshipId;
        }
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.ShowAsync(await Lessons.RecordAsync(db, workspace, clock, Lesson.ToDraft(time), cancellationToken), localizer, nameof(Lesson), _ => this.Flash(localizer["lessons.saved"].Value)) is { } shown)
            {
                return shown;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        if (!await Lessons.RemoveAsync(db, lessonId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Flash"] = localizer["lessons.removed"].Value;
        return RedirectToPage();
    }

    /// <summary>How I communicate, month by month over the last year, from my own ratings of conversations.</summary>
    public string? CommunicationChart { get; private set; }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        var ratings = await db.Interactions.AsNoTracking()
            .Where(i => i.OccurredAt >= since && i.Listening != null && i.Clarity != null && i.Empathy != null)
            .OrderByDescending(i => i.OccurredAt).Take(2000)
            .Select(i => new { i.OccurredAt, i.Listening, i.Clarity, i.Empathy }).ToListAsync(cancellationToken);
        CommunicationChart = Interactions.CommunicationTrend.RenderMonthly(ratings.Select(r => (r.OccurredAt, r.Listening, r.Clarity, r.Empathy)), time.Date, localizer, "communication-overall");
        LessonRole? role = Role is not null && EnumText.TryParse<LessonRole>(Role, out var parsed) ? parsed : null;
        Result = await Lessons.FindAsync(db, Q, role, null, PageRequest.From(PageNumber, PageRequest.DefaultSize), cancellationToken);
        if (CanEdit)
        {
            Relationships = await LessonChoices.RelationshipsAsync(db, localizer, cancellationToken);
        }
    }
}

public sealed class LessonForm
{
    public LessonRole? Role { get; set; } = LessonRole.AsProvider;

    public Guid? RelationshipId { get; set; }

    public string? WhatHappened { get; set; }

    public string? WhatWeLearned { get; set; }

    public string? Action { get; set; }

    public DateTime? LearnedAt { get; set; }

    public LessonDraft ToDraft(UserTime time) => new(Role, RelationshipId, WhatHappened, WhatWeLearned, Action, time.ToUtc(LearnedAt));
}
