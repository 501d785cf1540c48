;;; eglot.el --- drives vmlint lsp from Emacs's eglot  -*- lexical-binding: t -*-
;;
;; For cmd/vmlint/editors_test.go: opens $VMLINT_DOC, lets eglot start
;; `vmlint lsp', waits for the diagnostics Flymake shows and writes them to
;; $VMLINT_OUT as JSON. Positions are Emacs's: 1-based lines, and columns
;; as the characters before the diagnostic on its line.

(require 'eglot)
(require 'flymake)
(require 'json)

(setq eglot-server-programs `((text-mode . (,(getenv "VMLINT_BIN") "lsp")))
      eglot-sync-connect t
      eglot-connect-timeout 20)

(defun vmlint-test--position (pos)
  (save-excursion
    (goto-char pos)
    (list :line (line-number-at-pos pos) :column (- pos (line-beginning-position)))))

(defun vmlint-test--diagnostics ()
  (mapcar (lambda (d)
            (let ((spec (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d))))
              (list :start (vmlint-test--position (flymake-diagnostic-beg d))
                    :end (vmlint-test--position (flymake-diagnostic-end d))
                    :code (plist-get spec :code)
                    :source (plist-get spec :source)
                    :severity (plist-get spec :severity)
                    :message (plist-get spec :message))))
          (flymake-diagnostics)))

(let (failure diagnostics)
  (condition-case err
      (progn
        (find-file (getenv "VMLINT_DOC"))
        (text-mode)
        (apply #'eglot (eglot--guess-contact))
        (let ((deadline (+ (float-time) 10)))
          (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
            (accept-process-output nil 0.05)
            (when (bound-and-true-p flymake-mode) (flymake-start))))
        (setq diagnostics (vmlint-test--diagnostics))
        (eglot-shutdown (eglot-current-server)))
    (error (setq failure (format "%S" err))))
  (with-temp-file (getenv "VMLINT_OUT")
    (insert (json-encode (list :error failure :diagnostics (vconcat diagnostics)))))
  (kill-emacs 0))
