using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GovernanceDialogue.IntegrationTests.Pages;

/// <summary>
/// Posts a rendered form the way a browser would: every named field with its current value (checked boxes and
/// radios only, the selected option of a select), with the test's changes applied by the fields' real names, and
/// the action of the button pressed. So a test fails when the page renders names the page model does not bind.
/// </summary>
public sealed class BrowserForm
{
    private readonly IDocument page;
    private readonly List<KeyValuePair<string, string>> values;

    private BrowserForm(IDocument page, IElement form)
    {
        this.page = page;
        Form = form;
        values = [.. Read(form)];
    }

    public IElement Form { get; }

    public static BrowserForm Find(IDocument page, string selector) =>
        new(page, page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form '{selector}' on the page."));

    /// <summary>The form that holds the button with this text.</summary>
    public static BrowserForm WithButton(IDocument page, string buttonText) =>
        new(page, Button(page.DocumentElement, buttonText).Closest("form") ?? throw new InvalidOperationException($"The button '{buttonText}' is in no form."));

    /// <summary>The field a label with this text points at (exact text, or containing it).</summary>
    public IElement Field(string labelText)
    {
        var labels = Form.QuerySelectorAll("label").ToList();
        var label = labels.FirstOrDefault(l => Normalise(l.TextContent) == labelText)
            ?? labels.FirstOrDefault(l => Normalise(l.TextContent).Contains(labelText, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No label '{labelText}' in the form. Labels: {string.Join(" | ", labels.Select(l => Normalise(l.TextContent)))}");
        var id = label.GetAttribute("for") ?? throw new InvalidOperationException($"The label '{labelText}' has no 'for'.");
        return page.GetElementById(id) ?? throw new InvalidOperationException($"The label '{labelText}' points at '{id}', which does not exist.");
    }

    /// <summary>Types into the field labelled so.</summary>
    public BrowserForm Fill(string labelText, string value) => Set(Name(Field(labelText)), value);

    /// <summary>Checks the radio button or box labelled so (inside the fieldset with this legend, when given).</summary>
    public BrowserForm Check(string labelText, string? legend = null)
    {
        var scope = legend is null
            ? Form
            : Form.QuerySelectorAll("fieldset").FirstOrDefault(f => f.QuerySelector("legend") is { } l && Normalise(l.TextContent).Contains(legend, StringComparison.Ordinal))
              ?? throw new InvalidOperationException($"No fieldset '{legend}'.");
        var label = scope.QuerySelectorAll("label").FirstOrDefault(l => Normalise(l.TextContent) == labelText)
            ?? throw new InvalidOperationException($"No option '{labelText}' in '{legend}'.");
        var input = page.GetElementById(label.GetAttribute("for")!)!;
        var name = Name(input);
        if (input.GetAttribute("type") == "radio")
        {
            values.RemoveAll(v => v.Key == name);
        }

        values.Add(new(name, input.GetAttribute("value") ?? "on"));
        return this;
    }

    public BrowserForm Set(string name, string value)
    {
        values.RemoveAll(v => v.Key == name);
        values.Add(new(name, value));
        return this;
    }

    public string? Value(string name) => values.LastOrDefault(v => v.Key == name).Value;

    /// <summary>Presses the button with this text: posts to its formaction, or the form's action.</summary>
    public Task<HttpResponseMessage> SubmitAsync(HttpClient client, string buttonText)
    {
        var button = Button(Form, buttonText);
        var action = button.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction
            : Form.GetAttribute("action") is { Length: > 0 } formActionAttribute ? formActionAttribute
            : new Uri(page.Url).PathAndQuery;
        var sent = new List<KeyValuePair<string, string>>(values);
        if (button.GetAttribute("name") is { } buttonName)
        {
            sent.Add(new(buttonName, button.GetAttribute("value") ?? ""));
        }

        return client.PostAsync(action, new FormUrlEncodedContent(sent), TestContext.Current.CancellationToken);
    }

    private static IElement Button(IElement scope, string text) =>
        scope.QuerySelectorAll("button").FirstOrDefault(b => Normalise(b.TextContent) == text)
        ?? scope.QuerySelectorAll("button").FirstOrDefault(b => Normalise(b.TextContent).StartsWith(text, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No button '{text}'.");

    private static string Name(IElement field) => field.GetAttribute("name") ?? throw new InvalidOperationException($"The field '{field.Id}' has no name.");

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<KeyValuePair<string, string>> Read(IElement form)
    {
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.HasAttribute("checked"))
                    {
                        yield return new(name, input.GetAttribute("value") ?? "on");
                    }

                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    yield return new(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlTextAreaElement textarea:
                    yield return new(name, textarea.TextContent.StartsWith('\n') ? textarea.TextContent[1..] : textarea.TextContent);
                    break;
                case IHtmlSelectElement select when select.HasAttribute("multiple"):
                    foreach (var chosen in select.QuerySelectorAll("option").Where(o => o.HasAttribute("selected")))
                    {
                        yield return new(name, chosen.GetAttribute("value") ?? chosen.TextContent);
                    }

                    break;
                case IHtmlSelectElement select:
                    var option = select.QuerySelectorAll("option").FirstOrDefault(o => o.HasAttribute("selected")) ?? select.QuerySelector("option");
                    if (option is not null)
                    {
                        yield return new(name, option.GetAttribute("value") ?? option.TextContent);
                    }

                    break;
            }
        }
    }
}
