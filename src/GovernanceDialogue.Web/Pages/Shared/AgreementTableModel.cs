using GovernanceDialogue.Core.Features.Agreements;

namespace GovernanceDialogue.Web.Pages.Shared;

/// <summary>What the agreement table shows: the agreements, a caption, and whether to name each one's unit.</summary>
public sealed record AgreementTableModel(IReadOnlyList<AgreementDto> Agreements, string Caption, bool ShowUnit = false, bool ShowCycle = false);
