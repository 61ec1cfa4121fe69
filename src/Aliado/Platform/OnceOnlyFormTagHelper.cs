using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Aliado.Platform;

/// <summary>Gives every POST form a fresh one-time token, so <see cref="OnceOnly"/> can tell a second click from a new submission.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class OnceOnlyFormTagHelper : TagHelper
{
    public string? Method { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("method", Method);
        if (string.Equals(Method, "post", StringComparison.OrdinalIgnoreCase))
        {
            output.PostContent.AppendHtml($"<input type=\"hidden\" name=\"{OnceOnly.FormField}\" value=\"{Guid.NewGuid():N}\">");
        }
    }
}
