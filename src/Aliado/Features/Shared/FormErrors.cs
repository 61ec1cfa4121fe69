using Aliado.Core;
using Aliado.Platform;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Aliado.Features.Shared;

public static class FormErrors
{
    /// <summary>
    /// Puts each field error next to its field: "otherPersonId" on a form bound as Input lands on
    /// "Input.OtherPersonId", "traits[2].text" on "Input.Traits[2].Text" — the names the form's controls carry.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, IEnumerable<FieldError> errors, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            var property = string.Join('.', error.Field.Split('.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
            modelState.AddModelError(prefix.Length == 0 ? property : $"{prefix}.{property}", localizer.Describe(error));
        }
    }
}
