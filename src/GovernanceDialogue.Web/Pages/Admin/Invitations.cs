namespace GovernanceDialogue.Web.Pages.Admin;

/// <summary>The link an invited user opens to choose a password.</summary>
public static class Invitations
{
    public static string Url(HttpRequest request, Guid userId, string token) =>
        $"{request.Scheme}://{request.Host}/account/invitation?user={userId}&token={Uri.EscapeDataString(token)}";
}
