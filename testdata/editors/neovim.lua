-- Drives vmlint lsp from a headless Neovim (0.7 or newer) for
-- cmd/vmlint/editors_test.go. It opens $VMLINT_DOC, waits for diagnostics,
-- hovers on a statement, applies the "Disable buzzwords for this line"
-- code action and edits the buffer, recording what it sees in
-- $VMLINT_OUT as JSON. Positions are Neovim's: 0-based lines, byte columns.

local out = {}

local function diagnostics()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source or lsp.source,
      code = d.code or lsp.code,
    })
  end
  return list
end

local function has(code, lnum)
  for _, d in ipairs(diagnostics()) do
    if d.code == code and (lnum == nil or d.lnum == lnum) then
      return d
    end
  end
  return nil
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("VMLINT_DOC")))
  local id = vim.lsp.start_client({
    name = "vmlint",
    cmd = { os.getenv("VMLINT_BIN"), "lsp", "--stdio" },
    root_dir = vim.fn.fnamemodify(os.getenv("VMLINT_DOC"), ":h"),
  })
  vim.lsp.buf_attach_client(0, id)

  -- 1. The diagnostics of the document as opened.
  out.waited = vim.wait(10000, function() return #vim.diagnostic.get(0) > 0 end, 10)
  out.diagnostics = diagnostics()

  -- 2. Hover on a word of the vision that no finding covers.
  local line = tonumber(os.getenv("VMLINT_HOVER_LINE"))
  local col = tonumber(os.getenv("VMLINT_HOVER_COL"))
  vim.api.nvim_win_set_cursor(0, { line + 1, col })
  local hover = vim.lsp.buf_request_sync(0, "textDocument/hover", vim.lsp.util.make_position_params(0, "utf-16"), 5000)
  for _, r in pairs(hover or {}) do
    if r.result then
      out.hover = r.result.contents.value
    end
  end

  -- 3. Code actions at the first buzzword; apply the line suppression.
  local target = has("buzzwords")
  out.suppressed = target
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local params = vim.lsp.util.make_range_params(0, "utf-16")
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics() }
  local actions = vim.lsp.buf_request_sync(0, "textDocument/codeAction", params, 5000)
  out.actions = {}
  for _, r in pairs(actions or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(out.actions, a.title)
      if a.title == "Disable buzzwords for this line" then
        vim.lsp.util.apply_workspace_edit(a.edit, "utf-16")
      end
    end
  end
  -- The edit moves the line down by one: wait for its buzzword to go.
  out.suppression_worked = vim.wait(10000, function()
    return has("buzzwords", target.lnum + 1) == nil and #vim.diagnostic.get(0) > 0
  end, 10)
  out.lines_after_action = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  out.diagnostics_after_action = diagnostics()

  -- 4. Type a buzzword into the mission: it is linted again.
  local edit_line = tonumber(os.getenv("VMLINT_EDIT_LINE")) + 1 -- below the inserted comment
  local edit_col = tonumber(os.getenv("VMLINT_EDIT_COL"))
  local typed = vim.loop.hrtime()
  vim.api.nvim_buf_set_text(0, edit_line, edit_col, edit_line, edit_col, { "synergistic " })
  out.relinted = vim.wait(10000, function() return has("buzzwords", edit_line) ~= nil end, 1)
  out.relint_ms = (vim.loop.hrtime() - typed) / 1e6
  out.edited = has("buzzwords", edit_line)
  out.lines_after_edit = vim.api.nvim_buf_get_lines(0, 0, -1, false)

  vim.lsp.stop_client(id)
  out.stopped = vim.wait(5000, function() return vim.lsp.get_client_by_id(id) == nil end, 10)
end

local ok, err = pcall(run)
out.error = ok and vim.NIL or tostring(err)
local f = io.open(os.getenv("VMLINT_OUT"), "w")
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd("qa!")
