using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Aliado.Platform;

/// <summary>Form-binding messages ("'abc' is not a number") in the user's language, for the web pages.</summary>
public static class BindingMessages
{
    public static void Localize(MvcOptions options, IStringLocalizerFactory factory)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => localizer["binding.invalid-value", value]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["binding.invalid-value", value]);
        messages.SetValueIsInvalidAccessor(value => localizer["binding.invalid-value", value]);
        messages.SetValueMustBeANumberAccessor(_ => localizer["binding.not-a-number"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["binding.not-a-number"]);
        messages.SetMissingBindRequiredValueAccessor(_ => localizer["error.required"]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["error.required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["error.required"]);
        messages.SetValueMustNotBeNullAccessor(_ => localizer["error.required"]);
        messages.SetUnknownValueIsInvalidAccessor(_ => localizer["binding.invalid-value", string.Empty]);
    }
}
