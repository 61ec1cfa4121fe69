using Aliado.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Aliado.Platform;

/// <summary>
/// Form fields that hold a choice bind to the enum itself from its kebab-case spelling ("reports-to"), the
/// one the options carry; text that names no choice is a binding error shown next to its field.
/// </summary>
public sealed class KebabEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum ? new KebabEnumBinder(type) : null;
    }

    private sealed class KebabEnumBinder(Type enumType) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (posted == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            var text = posted.FirstValue?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
                {
                    bindingContext.Result = ModelBindingResult.Success(null);
                }
                return Task.CompletedTask;
            }
            var names = KebabCase.Names(enumType);
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    bindingContext.Result = ModelBindingResult.Success(Enum.Parse(enumType, Enum.GetNames(enumType)[i]));
                    return Task.CompletedTask;
                }
            }
            bindingContext.ModelState.TryAddModelError(
                bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }
    }
}
