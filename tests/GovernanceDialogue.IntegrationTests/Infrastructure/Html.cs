using AngleSharp;
using AngleSharp.Dom;

namespace GovernanceDialogue.IntegrationTests.Infrastructure;

/// <summary>Reads pages like a browser would (without running one): parse, find forms, post them with their token.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/";
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address(address));
    }

    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return await response.ParseAsync();
    }

    /// <summary>Posts the form found by <paramref name="formSelector"/> with its hidden fields (antiforgery token included) plus <paramref name="fields"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IDocument page, string formSelector, IReadOnlyDictionary<string, string> fields, string? submitName = null,
        string? submitValue = null, string? actionOverride = null)
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var values = form.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") is not null)
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        if (submitName is not null)
        {
            values[submitName] = submitValue ?? "";
        }

        var action = form.GetAttribute("action");
        var url = actionOverride ?? (string.IsNullOrEmpty(action) ? new Uri(page.Url).PathAndQuery : action);
        return client.PostAsync(url, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }
}
