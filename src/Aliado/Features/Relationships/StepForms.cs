using Aliado.Features.Shared;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Relationships;

/// <summary>
/// The one way a form on the relationship page is saved, whichever feature owns it: a success goes back to
/// its step with a sentence that says what happened; a failure goes back (post-redirect-get) to the form
/// itself, open, with the user's input and the errors kept.
/// </summary>
public static class StepForms
{
    public static async Task<IActionResult> SaveAsync<T>(
        PageModel page,
        Guid relationshipId,
        StepForm form,
        object input,
        Func<Task<Outcome<T>>> write,
        Func<T, Task<string>> said,
        IStringLocalizer localizer)
    {
        if (page.ModelState.IsValid
            && await page.ShowAsync(await write(), localizer, form.Prefix, async value => page.Flash(await said(value), $"/relationships/{relationshipId}#{form.Step}")) is { } shown)
        {
            return shown;
        }
        KeptForm.Keep(page.TempData, form.Prefix, input, page.ModelState);
        // To the form's error summary: a fragment that names a focusable element gives it the focus.
        return new RedirectResult($"/relationships/{relationshipId}#{ErrorSummary.IdFor(form.Prefix)}");
    }
}

/// <summary>A form of the relationship page: the prefix its fields are bound under, and the step a success returns to.</summary>
public sealed record StepForm(string Prefix, string Step)
{
    public static readonly StepForm ClientInterest = new("ClientInterest", "step-2");
    public static readonly StepForm MyInterest = new("MyInterest", "step-3");
    public static readonly StepForm Link = new("Link", "step-4");
    public static readonly StepForm Offering = new("Offering", "step-4");
    public static readonly StepForm Decision = new("Decision", "step-5");
    public static readonly StepForm Interaction = new("Interaction", "step-6");
    public static readonly StepForm Proposal = new("Proposal", "proposals");
    public static readonly StepForm Pulse = new("Pulse", "step-8");
    public static readonly StepForm Answer = new("Answer", "step-7");
}
