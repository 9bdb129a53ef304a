using RiskEngine;

namespace RiskWorker.Reports.Council;

/// <summary>The review body a pack is made for: the Academic Council, or another body named in its words.</summary>
/// <param name="Id">Its id; the pack's file names start with it (<c>council-pack-…</c>).</param>
/// <param name="Name">Its name in each language.</param>
/// <param name="IsCouncil">The Academic Council, whose pack keeps its own title and words.</param>
public sealed record PackBody(string Id, LocalizedText Name, bool IsCouncil);
