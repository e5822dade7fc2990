from narrascope.report.render import render_report

__all__ = ["render_report"]
