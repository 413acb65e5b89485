-- Neovim (Debian's 0.7) as a second, independent LSP client of the archnotes server over stdio.
-- 0.7 has no vim.lsp.start() (0.8+), so this uses start_client + buf_attach_client.
--
-- usage: ARCHNOTES_SERVER=dist/server.cjs ARCHNOTES_DOC=<fixture.md> \
--          nvim --headless --clean -u NONE -i NONE -c "luafile test/e2e/nvim-lsp.lua"
-- Prints `RESULT PASS <check>` / `RESULT FAIL <check> :: <detail>`; exits 1 if anything failed.
local server = os.getenv('ARCHNOTES_SERVER') or 'dist/server.cjs'
local file = os.getenv('ARCHNOTES_DOC') or 'test/e2e/fixtures/workspace/docs/payments-platform.md'
local node = os.getenv('ARCHNOTES_NODE') or 'node'
local timeout = tonumber(os.getenv('ARCHNOTES_NVIM_TIMEOUT_MS') or '20000')
local failed = 0

local function out(s) io.stdout:write(s .. '\n') end
local function check(ok, name, detail)
  if ok then
    out('RESULT PASS ' .. name)
  else
    failed = failed + 1
    out('RESULT FAIL ' .. name .. ' :: ' .. (detail or ''))
  end
  return ok
end

-- 0-based {line, character} of the first occurrence of `needle` (+ offset) in the buffer
local function find(bufnr, needle, offset)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = l:find(needle, 1, true)
    if s then return { line = i - 1, character = s - 1 + (offset or 0) } end
  end
  error('fixture does not contain ' .. needle)
end

local function hover_text(bufnr, pos)
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = pos,
  }, timeout)
  local parts = {}
  for _, r in pairs(res or {}) do
    local c = r.result and r.result.contents
    if type(c) == 'string' then table.insert(parts, c)
    elseif type(c) == 'table' and c.value then table.insert(parts, c.value)
    elseif type(c) == 'table' then
      for _, m in ipairs(c) do table.insert(parts, type(m) == 'string' and m or (m.value or '')) end
    end
  end
  return table.concat(parts, '\n')
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local t0 = vim.loop.hrtime()
  local client_id = vim.lsp.start_client({
    name = 'archnotes',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h:h'),
  })
  if not check(client_id ~= nil, 'nvim: server process started') then return end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ok = vim.wait(timeout, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized
  end, 20)
  check(ok, string.format('nvim: initialize handshake (%.0f ms)', (vim.loop.hrtime() - t0) / 1e6))

  local sqs = hover_text(bufnr, find(bufnr, 'an SQS queue', 4))
  check(sqs:find('Amazon Simple Queue Service', 1, true) ~= nil, 'nvim: hover on SQS names Amazon Simple Queue Service', vim.inspect(sqs:sub(1, 200)))

  local cidr = hover_text(bufnr, find(bufnr, '10.0.0.0/20', 3))
  check(cidr:find('4,096', 1, true) ~= nil and cidr:find('4,091', 1, true) ~= nil, 'nvim: hover on 10.0.0.0/20 shows 4,096 and 4,091', vim.inspect(cidr:sub(1, 200)))

  local vpc_line = find(bufnr, '10.0.0.0/15').line
  local function by_code(code)
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == code and d.source == 'archnotes' then return d end
    end
  end
  vim.wait(timeout, function() return by_code('vpc-cidr-size') ~= nil and by_code('engine-port-mismatch') ~= nil end, 20)
  local d = by_code('vpc-cidr-size')
  local all = {}
  for _, x in ipairs(vim.diagnostic.get(bufnr)) do table.insert(all, string.format('%s@%d: %s', tostring(x.code), x.lnum + 1, x.message)) end
  check(d ~= nil and d.lnum == vpc_line and d.severity == vim.diagnostic.severity.ERROR and d.message:find('131,072', 1, true) ~= nil,
    'nvim: vpc-cidr-size error on the /15 line', table.concat(all, ' | '))
  check(by_code('engine-port-mismatch') ~= nil, 'nvim: engine-port-mismatch diagnostic', table.concat(all, ' | '))

  -- quick fix through textDocument/codeAction, applied with Neovim's own workspace-edit code
  if d then
    local lsp_diag = d.user_data and d.user_data.lsp
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = lsp_diag and lsp_diag.range or { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
      context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
    }, timeout)
    local fix, titles = nil, {}
    for _, r in pairs(res or {}) do
      for _, a in ipairs(r.result or {}) do
        table.insert(titles, tostring(a.title))
        if not fix and a.edit and tostring(a.title):find('/16', 1, true) then fix = a end
      end
    end
    if check(fix ~= nil, 'nvim: quick fix offered for /15', 'actions: ' .. table.concat(titles, ' | ')) then
      local client = vim.lsp.get_client_by_id(client_id)
      vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
      local line = vim.api.nvim_buf_get_lines(bufnr, vpc_line, vpc_line + 1, false)[1]
      check(line:find('10.0.0.0/16', 1, true) ~= nil, 'nvim: applying the quick fix writes 10.0.0.0/16', line)
    end
  end

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
if not ok then check(false, 'nvim: script error', tostring(err)) end
out(failed > 0 and 'nvim: FAILED' or 'nvim: OK')
vim.cmd(failed > 0 and 'cquit 1' or 'qall!')
