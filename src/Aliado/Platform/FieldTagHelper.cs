using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aliado.Platform;

/// <summary>
/// One form field, written once: the label, the control given as content (written with <c>asp-for</c>),
/// an optional hint, and the message the server refused it with. The control is described by the hint and
/// the message (<c>aria-describedby</c>, through <see cref="FieldControlTagHelper"/>).
/// <c>&lt;field for="Summary" label="@L["interactions.summary"]"&gt;&lt;textarea asp-for="Summary"&gt;&lt;/textarea&gt;&lt;/field&gt;</c>.
/// With <see cref="Group"/> it is a fieldset whose legend names a set of checkboxes or radios; with
/// <see cref="Check"/> the label wraps a single checkbox and follows it.
/// </summary>
[HtmlTargetElement("field")]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    internal static readonly object ItemKey = new();

    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    public bool Group { get; set; }

    public bool Check { get; set; }

    /// <summary>Tells apart the ids of a form repeated on one page (an answer form per proposal): "Answer_Answer-{scope}".</summary>
    public string? Scope { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, generator.IdAttributeDotReplacement) + (Scope is null ? string.Empty : $"-{Scope}");
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).Distinct().ToList() : [];
        var hintId = Hint is null ? null : $"{id}-hint";
        var errorId = errors.Count == 0 ? null : $"{id}-error";
        var describedBy = string.Join(' ', new[] { hintId, errorId }.OfType<string>());

        if (!Group)
        {
            context.Items[ItemKey] = new DescribedControl(name, id, describedBy);
        }
        var control = await output.GetChildContentAsync();

        output.TagName = Group ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("field", HtmlEncoder.Default);
        if (Group)
        {
            // The error summary's link leads here; forms.js moves the focus on to the first box.
            output.Attributes.SetAttribute("id", id);
        }
        if (Group && describedBy.Length > 0)
        {
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }

        var label = HtmlEncoder.Default.Encode(Label);
        if (Group)
        {
            output.Content.AppendHtml($"<legend>{label}</legend>").AppendHtml(control);
        }
        else if (Check)
        {
            output.Content.AppendHtml("<label class=\"check\">").AppendHtml(control).AppendHtml($" {label}</label>");
        }
        else
        {
            output.Content.AppendHtml($"<label for=\"{HtmlEncoder.Default.Encode(id)}\">{label}</label>").AppendHtml(control);
        }
        if (hintId is not null)
        {
            output.Content.AppendHtml($"<span class=\"hint\" id=\"{HtmlEncoder.Default.Encode(hintId)}\">{HtmlEncoder.Default.Encode(Hint!)}</span>");
        }
        if (errorId is not null)
        {
            output.Content.AppendHtml($"<span class=\"field-error\" id=\"{HtmlEncoder.Default.Encode(errorId)}\">{HtmlEncoder.Default.Encode(string.Join(' ', errors))}</span>");
        }
    }

    /// <summary>The control a field wraps, by its name: its id and the ids of what describes it.</summary>
    internal sealed record DescribedControl(string Name, string Id, string DescribedBy);
}
