<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Offline radiology assistant. Not a medical device: every finding must be confirmed by a qualified reader.</source>
        <translation>Assistente de radiologia offline. Não é um dispositivo médico: todo achado deve ser confirmado por um leitor qualificado.</translation>
    </message>
    <message>
        <source>(cannot read {name}: {reason})</source>
        <translation>(não é possível ler {name}: {reason})</translation>
    </message>
    <message>
        <source>{package} ships no license file; its metadata says: {license}</source>
        <translation>{package} não inclui arquivo de licença; seus metadados indicam: {license}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Software de terceiros</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copiar detalhes da versão</translation>
    </message>
    <message>
        <source>Licensed under Apache-2.0.</source>
        <translation>Licenciado sob Apache-2.0.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>sha256 (card)</source>
        <translation>sha256 (ficha)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Installed models (the file hash is checked before each model is loaded):</source>
        <translation>Modelos instalados (o hash do arquivo é verificado antes de cada modelo ser carregado):</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponível: {reason}</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>models: {ids}</source>
        <translation>modelos: {ids}</translation>
    </message>
    <message>
        <source>No model with a training data citation is installed.</source>
        <translation>Nenhum modelo instalado cita seus dados de treinamento.</translation>
    </message>
    <message>
        <source>Data sets the models were trained on</source>
        <translation>Conjuntos de dados usados no treinamento dos modelos</translation>
    </message>
    <message>
        <source>Bundled fonts, images and test files</source>
        <translation>Fontes, imagens e arquivos de teste incluídos</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More toolbar buttons</source>
        <translation>Mais botões da barra de ferramentas</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open File(s)…</source>
        <translation>&amp;Abrir arquivo(s)…</translation>
    </message>
    <message>
        <source>Open DICOM or image files</source>
        <translation>Abrir arquivos DICOM ou de imagem</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>Browse the images in a folder</source>
        <translation>Navegar pelas imagens de uma pasta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Próxima i&amp;magem</translation>
    </message>
    <message>
        <source>Next image in the strip</source>
        <translation>Próxima imagem da faixa</translation>
    </message>
    <message>
        <source>P&amp;revious Image</source>
        <translation>Imagem a&amp;nterior</translation>
    </message>
    <message>
        <source>Previous image in the strip</source>
        <translation>Imagem anterior da faixa</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar à janela</translation>
    </message>
    <message>
        <source>Fit the whole image in the window</source>
        <translation>Mostrar a imagem inteira na janela</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Um pixel da imagem por pixel da tela</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Aumentar &amp;zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Diminuir z&amp;oom</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Girar para a &amp;esquerda</translation>
    </message>
    <message>
        <source>Rotate 90° counter-clockwise</source>
        <translation>Girar 90° no sentido anti-horário</translation>
    </message>
    <message>
        <source>⟲ Rotate</source>
        <translation>⟲ Girar</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Girar para a &amp;direita</translation>
    </message>
    <message>
        <source>Rotate 90° clockwise</source>
        <translation>Girar 90° no sentido horário</translation>
    </message>
    <message>
        <source>⟳ Rotate</source>
        <translation>⟳ Girar</translation>
    </message>
    <message>
        <source>Flip &amp;Horizontal</source>
        <translation>Espelhar &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Mirror left ↔ right</source>
        <translation>Espelhar esquerda ↔ direita</translation>
    </message>
    <message>
        <source>↔ Flip</source>
        <translation>↔ Espelhar</translation>
    </message>
    <message>
        <source>Flip &amp;Vertical</source>
        <translation>Espelhar &amp;verticalmente</translation>
    </message>
    <message>
        <source>Mirror top ↕ bottom</source>
        <translation>Espelhar cima ↕ baixo</translation>
    </message>
    <message>
        <source>↕ Flip</source>
        <translation>↕ Espelhar</translation>
    </message>
    <message>
        <source>R&amp;eset View</source>
        <translation>R&amp;edefinir a visualização</translation>
    </message>
    <message>
        <source>Reset window, inversion, rotation and zoom</source>
        <translation>Redefinir janela, inversão, rotação e zoom</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Tela c&amp;heia</translation>
    </message>
    <message>
        <source>&amp;Auto Window</source>
        <translation>Janela &amp;automática</translation>
    </message>
    <message>
        <source>Window from the image histogram (0.5–99.5 %)</source>
        <translation>Janela a partir do histograma da imagem (0,5–99,5 %)</translation>
    </message>
    <message>
        <source>Auto W/L</source>
        <translation>Janela auto</translation>
    </message>
    <message>
        <source>&amp;Default Window</source>
        <translation>Janela &amp;padrão</translation>
    </message>
    <message>
        <source>The file&apos;s own window, else the full range</source>
        <translation>A janela do próprio arquivo; caso contrário, o intervalo completo</translation>
    </message>
    <message>
        <source>&amp;Invert</source>
        <translation>&amp;Inverter</translation>
    </message>
    <message>
        <source>Invert grey levels</source>
        <translation>Inverter os níveis de cinza</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverter</translation>
    </message>
    <message>
        <source>Next F&amp;rame</source>
        <translation>Próximo &amp;quadro</translation>
    </message>
    <message>
        <source>Previous Fra&amp;me</source>
        <translation>Quadro a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;About ScanLens</source>
        <translation>&amp;Sobre o ScanLens</translation>
    </message>
    <message>
        <source>&amp;Analyse Image</source>
        <translation>&amp;Analisar a imagem</translation>
    </message>
    <message>
        <source>Run the AI analysis on the image on screen</source>
        <translation>Executar a análise por IA da imagem na tela</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analisar</translation>
    </message>
    <message>
        <source>Show &amp;Heatmap</source>
        <translation>Mostrar &amp;mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looked</source>
        <translation>Mostrar onde o modelo se concentrou</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Analyse F&amp;older…</source>
        <translation>Analisar uma p&amp;asta…</translation>
    </message>
    <message>
        <source>Triage every image in a folder (batch)</source>
        <translation>Triar todas as imagens de uma pasta (lote)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelos…</translation>
    </message>
    <message>
        <source>Installed AI models, their cards and execution devices</source>
        <translation>Modelos de IA instalados, suas fichas e os dispositivos de execução</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Execution device, automatic analysis, models folder</source>
        <translation>Dispositivo de execução, análise automática, pasta de modelos</translation>
    </message>
    <message>
        <source>&amp;Export Report (PDF)…</source>
        <translation>&amp;Exportar relatório (PDF)…</translation>
    </message>
    <message>
        <source>Write the PDF report of the result on screen</source>
        <translation>Salvar o relatório PDF do resultado na tela</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir relatório…</translation>
    </message>
    <message>
        <source>Print the report of the result on screen</source>
        <translation>Imprimir o relatório do resultado na tela</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Visualizar impressão…</translation>
    </message>
    <message>
        <source>Preview the printed report</source>
        <translation>Visualizar o relatório impresso</translation>
    </message>
    <message>
        <source>Export to PACS Fol&amp;der (DICOM)…</source>
        <translation>Exportar para pasta &amp;PACS (DICOM)…</translation>
    </message>
    <message>
        <source>Write the result as DICOM Secondary Capture + Encapsulated PDF into a folder</source>
        <translation>Salvar o resultado como DICOM Secondary Capture + PDF encapsulado em uma pasta</translation>
    </message>
    <message>
        <source>Case &amp;History</source>
        <translation>&amp;Histórico de casos</translation>
    </message>
    <message>
        <source>Past cases, their reviews and the audit trail</source>
        <translation>Casos anteriores, suas revisões e a trilha de auditoria</translation>
    </message>
    <message>
        <source>Report Se&amp;ttings…</source>
        <translation>Configurações do re&amp;latório…</translation>
    </message>
    <message>
        <source>Reviewer name, clinic name and logo, page size</source>
        <translation>Nome do revisor, nome e logotipo da clínica, tamanho da página</translation>
    </message>
    <message>
        <source>&amp;Language and Text Size…</source>
        <translation>&amp;Idioma e tamanho do texto…</translation>
    </message>
    <message>
        <source>Interface language (after a restart) and text size</source>
        <translation>Idioma da interface (após reiniciar) e tamanho do texto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Painéis</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Imagem</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
</context>
<context>
    <name>AnalysedCase</name>
    <message>
        <source>Case #{id}</source>
        <translation>Caso n.º {id}</translation>
    </message>
    <message>
        <source>New case (not yet recorded)</source>
        <translation>Caso novo (ainda não registrado)</translation>
    </message>
    <message>
        <source>{case} — {file}: {decision}</source>
        <translation>{case} — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <source>Analysis not possible: {reason}</source>
        <translation>Análise impossível: {reason}</translation>
    </message>
    <message>
        <source>Analysis failed: not enough memory</source>
        <translation>A análise falhou: memória insuficiente</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error} ({reason})</source>
        <translation>A análise falhou: {error} inesperado ({reason})</translation>
    </message>
    <message>
        <source>Analysis failed: unexpected {error}</source>
        <translation>A análise falhou: {error} inesperado</translation>
    </message>
    <message>
        <source>Model attention for {label}, relative to this image</source>
        <translation>Atenção do modelo para {label}, relativa a esta imagem</translation>
    </message>
    <message>
        <source>Cannot open: {reason}</source>
        <extracomment>Where a failed analysis stopped: the file could not be decoded, the model could not be used, or an unexpected error (``reason`` then already says so). Metadata keys a report or export may use besides the report&apos;s :data:`PATIENT_FIELDS`. Patient/study keys an analysis keeps from the image&apos;s metadata (for records, reports and exports).</extracomment>
        <translation>Não é possível abrir: {reason}</translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Analysis</source>
        <extracomment>Delay between showing an image and preparing its analysis in the background (well under the time a reader takes to press Analyse; long enough for the first paint and for flicking through thumbnails).</extracomment>
        <translation>Análise</translation>
    </message>
    <message>
        <source>AI device</source>
        <translation>Dispositivo da IA</translation>
    </message>
    <message>
        <source>AI device: {device}</source>
        <translation>Dispositivo da IA: {device}</translation>
    </message>
    <message>
        <source>Models are loaded on the first analysis</source>
        <translation>Os modelos são carregados na primeira análise</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analisando…</translation>
    </message>
    <message>
        <source>Press Analyse ({key}) to run the AI on this image.</source>
        <translation>Pressione Analisar ({key}) para executar a IA nesta imagem.</translation>
    </message>
    <message>
        <source>The result was for frame {frame}. Press Analyse ({key}) for this frame.</source>
        <translation>O resultado era do quadro {frame}. Pressione Analisar ({key}) para este quadro.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW — {decision}</source>
        <translation>REQUER REVISÃO — {decision}</translation>
    </message>
    <message>
        <source>Not analysed: {reason}</source>
        <translation>Não analisada: {reason}</translation>
    </message>
    <message>
        <source>AI: {provider}</source>
        <translation>IA: {provider}</translation>
    </message>
    <message>
        <source>Analysis runs on {provider} (setting: {device})</source>
        <translation>A análise é executada em {provider} (definição: {device})</translation>
    </message>
    <message>
        <source>Result stored by the batch run for {file} (not re-run).</source>
        <translation>Resultado salvo pela análise em lote de {file} (não repetida).</translation>
    </message>
    <message>
        <source>Analyse folder</source>
        <translation>Analisar pasta</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Auto — chosen by the input gate</source>
        <translation>Automático — escolhido pelo controle de entrada</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analisando</translation>
    </message>
    <message>
        <source>Analyse automatically on open</source>
        <translation>Analisar automaticamente ao abrir</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Open an image, then press Analyse ({key}).</source>
        <translation>Abra uma imagem e pressione Analisar ({key}).</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>{model} (unavailable)</source>
        <translation>{model} (indisponível)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analisando…</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Escopo de uso</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Controle de entrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Analisada</translation>
    </message>
    <message>
        <source>Not analysed</source>
        <translation>Não analisada</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <extracomment>Rows that need review: dark text on amber whatever the theme (contrast checked by the tests).</extracomment>
        <translation>REQUER REVISÃO</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch triage</source>
        <translation>Triagem em lote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Needs review only</source>
        <translation>Apenas as que requerem revisão</translation>
    </message>
    <message>
        <source>Outside validated use only</source>
        <translation>Apenas fora do uso validado</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progresso do lote</translation>
    </message>
    <message>
        <source>Batch results</source>
        <translation>Resultados do lote</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status do lote</translation>
    </message>
    <message>
        <source>Filter: file, patient, decision, status…</source>
        <translation>Filtrar: arquivo, paciente, decisão, status…</translation>
    </message>
    <message>
        <source>Filter the results</source>
        <translation>Filtrar os resultados</translation>
    </message>
    <message>
        <source>&lt;b&gt;{folder}&lt;/b&gt; — model: {model}</source>
        <translation>&lt;b&gt;{folder}&lt;/b&gt; — modelo: {model}</translation>
    </message>
    <message>
        <source>Looking for images…</source>
        <translation>Procurando imagens…</translation>
    </message>
    <message>
        <source>Cancelling — waiting for the images that are running…</source>
        <translation>Cancelando — aguardando as imagens em andamento…</translation>
    </message>
    <message>
        <source>Analysing {number} of {total}…</source>
        <translation>Analisando {number} de {total}…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Concluindo…</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Não foram encontradas imagens suportadas nessa pasta.</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} images, {review} need review.</source>
        <translation>Cancelado: {done} de {total} imagens, {review} requerem revisão.</translation>
    </message>
    <message>
        <source>Done: {done} of {total} images, {review} need review.</source>
        <translation>Concluído: {done} de {total} imagens, {review} requerem revisão.</translation>
    </message>
    <message>
        <source>Batch stopped: {reason}</source>
        <translation>Lote interrompido: {reason}</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}</source>
        <translation>{count} linhas exportadas para {path}</translation>
    </message>
</context>
<context>
    <name>CaseHistory</name>
    <message>
        <source>The case history failed: unexpected {error} ({detail})</source>
        <translation>O histórico de casos falhou: {error} inesperado ({detail})</translation>
    </message>
</context>
<context>
    <name>CliAnalyze</name>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>{file}: not analysed: {reason}</source>
        <translation>{file}: não analisado: {reason}</translation>
    </message>
    <message>
        <source>no image files found</source>
        <translation>nenhum arquivo de imagem encontrado</translation>
    </message>
</context>
<context>
    <name>CliAudit</name>
    <message>
        <source>{path}: audit log intact, {entries} entries; head {head}</source>
        <translation>{path}: registro de auditoria íntegro, {entries} entradas; topo {head}</translation>
    </message>
    <message>
        <source>Keep the head hash elsewhere to detect later truncation of the newest entries.</source>
        <translation>Guarde o hash do topo em outro lugar para detectar um truncamento posterior das entradas mais recentes.</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>entrada de auditoria {id}</translation>
    </message>
    <message>
        <source>case {id}</source>
        <translation>caso {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>o histórico de casos</translation>
    </message>
    <message>
        <source>{path}: AUDIT FAILED at {place}: {reason}</source>
        <translation>{path}: FALHA NA AUDITORIA em {place}: {reason}</translation>
    </message>
    <message>
        <source>Entries before that point are still trustworthy; later ones are not.</source>
        <translation>As entradas anteriores a esse ponto continuam confiáveis; as posteriores não.</translation>
    </message>
</context>
<context>
    <name>CliCaseHistory</name>
    <message>
        <source>there is no case history at {path}</source>
        <translation>não há histórico de casos em {path}</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>commands from {module} are unavailable: {error}</source>
        <translation>os comandos de {module} não estão disponíveis: {error}</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompido</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erro inesperado: {error}</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>{text} is not a date (YYYY-MM-DD) or ISO date-time</source>
        <translation>{text} não é uma data (YYYY-MM-DD) nem uma data e hora ISO</translation>
    </message>
    <message>
        <source>{count} case(s)</source>
        <translation>{count} caso(s)</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
</context>
<context>
    <name>CliInfo</name>
    <message>
        <source>refused: {reason}</source>
        <translation>recusado: {reason}</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colorida</translation>
    </message>
    <message>
        <source>monochrome</source>
        <translation>monocromática</translation>
    </message>
    <message>
        <source>{format} via {decoder}: {frames} frame(s), {columns}x{rows} {kind}</source>
        <translation>{format} via {decoder}: {frames} quadro(s), {columns}x{rows} {kind}</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name}), inverted</source>
        <translation>janela: centro {center} largura {width} ({name}), invertida</translation>
    </message>
    <message>
        <source>window: center {center} width {width} ({name})</source>
        <translation>janela: centro {center} largura {width} ({name})</translation>
    </message>
    <message>
        <source>pixels: min {min} max {max} mean {mean}</source>
        <translation>pixels: mín. {min} máx. {max} média {mean}</translation>
    </message>
    <message>
        <source>patient name</source>
        <translation>nome do paciente</translation>
    </message>
    <message>
        <source>patient id</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>modality</source>
        <translation>modalidade</translation>
    </message>
    <message>
        <source>study date</source>
        <translation>data do estudo</translation>
    </message>
    <message>
        <source>body part</source>
        <translation>região anatômica</translation>
    </message>
    <message>
        <source>transfer syntax</source>
        <translation>sintaxe de transferência</translation>
    </message>
</context>
<context>
    <name>CliModels</name>
    <message>
        <source>UNAVAILABLE: {reason}</source>
        <translation>INDISPONÍVEL: {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
</context>
<context>
    <name>CliPacs</name>
    <message>
        <source>replaced {node}</source>
        <translation>substituído: {node}</translation>
    </message>
    <message>
        <source>added {node}</source>
        <translation>adicionado: {node}</translation>
    </message>
    <message>
        <source>removed {node}</source>
        <translation>removido: {node}</translation>
    </message>
    <message>
        <source>{name}: C-ECHO ok in {ms} ms ({ae}@{host}:{port})</source>
        <translation>{name}: C-ECHO bem-sucedido em {ms} ms ({ae}@{host}:{port})</translation>
    </message>
    <message>
        <source>1 study found</source>
        <translation>1 estudo encontrado</translation>
    </message>
    <message>
        <source>{count} studies found</source>
        <translation>{count} estudos encontrados</translation>
    </message>
    <message>
        <source>retrieved {count} instance(s) of {study} into {folder}</source>
        <translation>{count} instância(s) de {study} recuperada(s) em {folder}</translation>
    </message>
    <message>
        <source>{count} refused or failed</source>
        <translation>{count} recusada(s) ou com falha</translation>
    </message>
    <message>
        <source>{path}: already in the outbox for {node}</source>
        <translation>{path}: já está na caixa de saída para {node}</translation>
    </message>
    <message>
        <source>tries {count}</source>
        <translation>tentativas {count}</translation>
    </message>
    <message>
        <source>still waiting: {uid} for {node}: {error}</source>
        <translation>ainda aguardando: {uid} para {node}: {error}</translation>
    </message>
</context>
<context>
    <name>CliReceive</name>
    <message>
        <source>{path}: not analysed: {reason}</source>
        <translation>{path}: não analisado: {reason}</translation>
    </message>
    <message>
        <source>{path}: {decision} (case {case})</source>
        <translation>{path}: {decision} (caso {case})</translation>
    </message>
    <message>
        <source>{path}: {decision} — not recorded in the case history: {error}</source>
        <translation>{path}: {decision} — não registrado no histórico de casos: {error}</translation>
    </message>
    <message>
        <source>listening as {ae} on {address}:{port}, storing into {folder}</source>
        <translation>escutando como {ae} em {address}:{port}, salvando em {folder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parado</translation>
    </message>
    <message>
        <source>received {path} from {ae}@{host}</source>
        <translation>recebido {path} de {ae}@{host}</translation>
    </message>
</context>
<context>
    <name>CliRender</name>
    <message>
        <source>the window width must be a positive number</source>
        <translation>a largura da janela deve ser um número positivo</translation>
    </message>
    <message>
        <source>frame {frame} does not exist (the image has {count} frame(s))</source>
        <translation>o quadro {frame} não existe (a imagem tem {count} quadro(s))</translation>
    </message>
    <message>
        <source>cannot write {path}: {error}</source>
        <translation>não é possível gravar {path}: {error}</translation>
    </message>
    <message>
        <source>wrote {path} ({width}x{height})</source>
        <translation>gravado {path} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>CliSelfTest</name>
    <message>
        <source>{app} {version} self-test ({install})</source>
        <translation>{app} {version} autoteste ({install})</translation>
    </message>
</context>
<context>
    <name>ConfidenceBars</name>
    <message>
        <source>threshold {value}</source>
        <extracomment>Bar colours, fixed so that their contrast holds on any theme: each fill is ≥ 3:1 against the track.</extracomment>
        <translation>limiar {value}</translation>
    </message>
    <message>
        <source>min. confidence {value}</source>
        <translation>confiança mín. {value}</translation>
    </message>
    <message>
        <source>{label} {percent} %</source>
        <translation>{label} {percent} %</translation>
    </message>
    <message>
        <source>Probabilities</source>
        <translation>Probabilidades</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Sem resultado</translation>
    </message>
    <message>
        <source>review band {low}–{high}</source>
        <translation>zona de revisão {low}–{high}</translation>
    </message>
    <message>
        <source>below {high}</source>
        <translation>abaixo de {high}</translation>
    </message>
    <message>
        <source>{band}: needs review   │ {caption}</source>
        <translation>{band}: requer revisão   │ {caption}</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>{app} hit {count} unexpected errors (latest: {error}).</source>
        <translation>O {app} encontrou {count} erros inesperados (último: {error}).</translation>
    </message>
    <message>
        <source>{app} — unexpected error</source>
        <translation>{app} — erro inesperado</translation>
    </message>
    <message>
        <source>{app} hit an unexpected error ({error}). It keeps running, but the last action may not have completed.</source>
        <translation>O {app} encontrou um erro inesperado ({error}). Ele continua em execução, mas a última ação pode não ter sido concluída.</translation>
    </message>
    <message>
        <source>Details were written to {path}</source>
        <translation>Os detalhes foram gravados em {path}</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>{outside}. {decision}</source>
        <translation>{outside}. {decision}</translation>
    </message>
    <message>
        <source>{positive} suspected — {p}, above the operating threshold {threshold}</source>
        <translation>Suspeita de {positive} — {p}, acima do limiar operacional {threshold}</translation>
    </message>
    <message>
        <source>{negative} — {positive} {p}, below the operating threshold {threshold}</source>
        <translation>{negative} — {positive} {p}, abaixo do limiar operacional {threshold}</translation>
    </message>
    <message>
        <source>Needs review: {decision} (uncertain band {low}–{high})</source>
        <translation>Requer revisão: {decision} (faixa de incerteza {low}–{high})</translation>
    </message>
    <message>
        <source>{label} — {p}, the most likely of {count} classes</source>
        <translation>{label} — {p}, a mais provável de {count} classes</translation>
    </message>
    <message>
        <source>also plausible: {labels}</source>
        <translation>também plausível: {labels}</translation>
    </message>
    <message>
        <source>not clearly supported</source>
        <translation>sem suporte claro</translation>
    </message>
    <message>
        <source>Needs review: {decision}; {why}</source>
        <translation>Requer revisão: {decision}; {why}</translation>
    </message>
    <message>
        <source>Needs review: {decision}; confidence below {cutoff}</source>
        <translation>Requer revisão: {decision}; confiança inferior a {cutoff}</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large (125 %)</source>
        <translation>Grande (125 %)</translation>
    </message>
    <message>
        <source>Larger (150 %)</source>
        <translation>Maior (150 %)</translation>
    </message>
    <message>
        <source>Language and Text Size</source>
        <translation>Idioma e tamanho do texto</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ScanLens for iniciado.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>AI assistance — not a diagnosis</source>
        <translation>Assistência de IA — não é um diagnóstico</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>Input check took this for “{kind}”; scored at the user&apos;s request</source>
        <translation>O controle de entrada a considerou «{kind}»; analisada a pedido do usuário</translation>
    </message>
    <message>
        <source>Model {model} v{version}</source>
        <translation>Modelo {model} v{version}</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>No file was recorded for this case.</source>
        <translation>Nenhum arquivo foi registrado para este caso.</translation>
    </message>
    <message>
        <source>The file is no longer there: {path}</source>
        <translation>O arquivo já não existe: {path}</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}): {path}</source>
        <translation>Não é possível ler o arquivo ({reason}): {path}</translation>
    </message>
    <message>
        <source>Re-opened the file; no checksum was recorded to compare it with.</source>
        <translation>Arquivo reaberto; não foi registrada nenhuma soma de verificação para compará-lo.</translation>
    </message>
    <message>
        <source>⚠ The file has CHANGED since it was analysed (sha256 differs): the image on screen may not be the one this result belongs to.</source>
        <translation>⚠ O arquivo FOI ALTERADO desde a análise (sha256 diferente): a imagem na tela pode não ser a deste resultado.</translation>
    </message>
    <message>
        <source>Re-opened the file; it is unchanged since the analysis (sha256 matches).</source>
        <translation>Arquivo reaberto; não foi alterado desde a análise (sha256 coincide).</translation>
    </message>
    <message>
        <source>Review: &lt;b&gt;{agreement}&lt;/b&gt; by {reviewer} {when}</source>
        <translation>Revisão: &lt;b&gt;{agreement}&lt;/b&gt; por {reviewer} {when}</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case #{id}&lt;/b&gt; · {time} · patient {patient} · study {study}</source>
        <translation>&lt;b&gt;Caso n.º {id}&lt;/b&gt; · {time} · paciente {patient} · estudo {study}</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}</source>
        <translation>Modelo {model} {version} · sha256 {sha} · {provider}</translation>
    </message>
    <message>
        <source>Stored result, not re-run; the heatmap is not stored.</source>
        <translation>Resultado salvo, não repetido; o mapa de calor não é salvo.</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>{model} ({kind})</source>
        <translation>{model} ({kind})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>the input gate model is not installed</source>
        <translation>o modelo de controle de entrada não está instalado</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}). ScanLens has models for: {models}.</source>
        <translation>Esta imagem parece ser {kind} ({score}). O ScanLens tem modelos para: {models}.</translation>
    </message>
    <message>
        <source>The input gate is unsure what this image is (best guess {kind}, {score} &lt; {cutoff}); {model} was not applied.</source>
        <translation>O controle de entrada não tem certeza do que é esta imagem (melhor estimativa: {kind}, {score} &lt; {cutoff}); {model} não foi aplicado.</translation>
    </message>
    <message>
        <source>This looks like {kind} ({score}), but {model} is for {model_kind}.</source>
        <translation>Esta imagem parece ser {kind} ({score}), mas {model} é destinado a {model_kind}.</translation>
    </message>
    <message>
        <source>no model called &apos;{model}&apos;; installed: {models}</source>
        <translation>nenhum modelo chamado &apos;{model}&apos;; instalados: {models}</translation>
    </message>
</context>
<context>
    <name>HeatmapControls</name>
    <message>
        <source>Show over the image ({key})</source>
        <extracomment>The CAM is a 6x6 map upsampled bicubically: 256 px is as smooth on screen (Qt scales it smoothly) as 512 px, at a quarter of the colour-mapping work.</extracomment>
        <translation>Mostrar sobre a imagem ({key})</translation>
    </message>
    <message>
        <source>Show over the image</source>
        <translation>Mostrar sobre a imagem</translation>
    </message>
    <message>
        <source>Show the heatmap over the image</source>
        <translation>Mostrar o mapa de calor sobre a imagem</translation>
    </message>
    <message>
        <source>Where the model looked, coloured over the image</source>
        <translation>Onde o modelo olhou, colorido sobre a imagem</translation>
    </message>
    <message>
        <source>Heatmap class</source>
        <translation>Classe do mapa de calor</translation>
    </message>
    <message>
        <source>Heatmap colours</source>
        <translation>Cores do mapa de calor</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidade do mapa de calor</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Classe:</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Opacidade:</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>the chosen class</source>
        <translation>a classe escolhida</translation>
    </message>
    <message>
        <source>low → high attention for {label}</source>
        <translation>atenção baixa → alta para {label}</translation>
    </message>
    <message>
        <source>Colours are relative to this image&apos;s own range of attention; how likely each label is is shown by the bars, not the colours.</source>
        <translation>As cores são relativas ao intervalo de atenção desta imagem; a probabilidade de cada rótulo é indicada pelas barras, não pelas cores.</translation>
    </message>
    <message>
        <source>Heatmap colour scale</source>
        <translation>Escala de cores do mapa de calor</translation>
    </message>
</context>
<context>
    <name>HistoryFeature</name>
    <message>
        <source>Case history</source>
        <translation>Histórico de casos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>Checking the file of case #{id}…</source>
        <translation>Verificando o arquivo do caso n.º {id}…</translation>
    </message>
    <message>
        <source>Could not check the file: {reason}</source>
        <translation>Não foi possível verificar o arquivo: {reason}</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verificando a trilha de auditoria…</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Prob.</source>
        <translation>Prob.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>agree</source>
        <extracomment>How a recorded agreement (stored in English: &quot;agree&quot;, &quot;disagree&quot;) is shown.</extracomment>
        <translation>concordo</translation>
    </message>
    <message>
        <source>disagree</source>
        <translation>discordo</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentário</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sem alerta</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Fora do uso validado</translation>
    </message>
    <message>
        <source>Audit trail OK: {count} entries verified.</source>
        <translation>Trilha de auditoria íntegra: {count} entradas verificadas.</translation>
    </message>
    <message>
        <source>entry {id}</source>
        <translation>entrada {id}</translation>
    </message>
    <message>
        <source>case #{id}</source>
        <translation>caso n.º {id}</translation>
    </message>
    <message>
        <source>the case history</source>
        <translation>o histórico de casos</translation>
    </message>
    <message>
        <source>AUDIT FAILED at {place}: {reason}. Entries before it are still trustworthy.</source>
        <translation>FALHA NA AUDITORIA em {place}: {reason}. As entradas anteriores continuam confiáveis.</translation>
    </message>
    <message>
        <source>exact ID</source>
        <translation>ID exato</translation>
    </message>
    <message>
        <source>file, model, decision, reviewer, comment…</source>
        <translation>arquivo, modelo, decisão, revisor, comentário…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Opened case</source>
        <translation>Caso aberto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Verificar trilha de auditoria</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID do paciente:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisão:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisão:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source> (the newest {limit})</source>
        <translation> (os {limit} mais recentes)</translation>
    </message>
    <message>
        <source> — double-click one to open it</source>
        <translation> — clique duas vezes em um caso para abri-lo</translation>
    </message>
    <message>
        <source>{count} case(s){more}{hint}</source>
        <translation>{count} caso(s){more}{hint}</translation>
    </message>
</context>
<context>
    <name>ImageLoader</name>
    <message>
        <source>Cannot open {file}: {reason}</source>
        <translation>Não é possível abrir {file}: {reason}</translation>
    </message>
    <message>
        <source>not enough memory to decode it</source>
        <translation>memória insuficiente para decodificá-lo</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inesperado ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inesperado</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files or a folder here</source>
        <translation>Abra um arquivo DICOM ou de imagem (Ctrl+O), ou solte aqui arquivos ou uma pasta</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Row {row}  Col {col}</source>
        <extracomment>Screen pixels of right-drag that sweep the whole data range.</extracomment>
        <translation>Linha {row}  Col. {col}</translation>
    </message>
    <message>
        <source>Stored {value}</source>
        <translation>Armazenado {value}</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Valor {value}</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Número do quadro</translation>
    </message>
    <message>
        <source>of {count} frames</source>
        <translation>de {count} quadros</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Unknown language &apos;{code}&apos;. ScanLens speaks: {codes} (or &apos;system&apos;).</source>
        <translation>Idioma desconhecido &apos;{code}&apos;. O ScanLens fala: {codes} (ou &apos;system&apos;).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Window &amp;Presets</source>
        <translation>&amp;Predefinições de janela</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>Image Information</source>
        <translation>Informações da imagem</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Open a DICOM or image file (Ctrl+O), or drop files here.</source>
        <translation>Abra um arquivo DICOM ou de imagem (Ctrl+O) ou solte arquivos aqui.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}%</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Looking for images in {folder}…</source>
        <translation>Procurando imagens em {folder}…</translation>
    </message>
    <message>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>The new language is used the next time ScanLens starts.</source>
        <translation>O novo idioma será usado na próxima vez que o ScanLens for iniciado.</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {frames} frames, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {frames} quadros, {decoder}</translation>
    </message>
    <message>
        <source>{name}: {cols}×{rows}, {decoder}</source>
        <translation>{name}: {cols}×{rows}, {decoder}</translation>
    </message>
    <message>
        <source>No window (colour)</source>
        <translation>Sem janela (colorida)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>No supported images found in that folder.</source>
        <translation>Nenhuma imagem compatível encontrada nessa pasta.</translation>
    </message>
    <message>
        <source>{count} images</source>
        <translation>{count} imagens</translation>
    </message>
    <message>
        <source>C {center}  W {width}</source>
        <translation>C {center}  L {width}</translation>
    </message>
</context>
<context>
    <name>MetadataTable</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message>
        <source>Size (rows×cols)</source>
        <translation>Tamanho (linhas×colunas)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Quadros</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Pixel type</source>
        <translation>Tipo de pixel</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Inverted by default</source>
        <translation>Invertida por padrão</translation>
    </message>
    <message>
        <source>VOI LUT applied</source>
        <translation>VOI LUT aplicada</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>Pixel statistics</source>
        <translation>Estatísticas dos pixels</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadados</translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Names of ``pixel_stats``&apos; keys.</extracomment>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Image information</source>
        <translation>Informações da imagem</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Quadro</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertida</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <source>accuracy</source>
        <translation>acurácia</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>sensibilidade</translation>
    </message>
    <message>
        <source>specificity</source>
        <translation>especificidade</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>test A (held out)</source>
        <translation>teste A (dados reservados)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>não medido</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} se p ≥ {threshold}</translation>
    </message>
    <message>
        <source>most likely label (argmax)</source>
        <translation>rótulo mais provável (argmax)</translation>
    </message>
    <message>
        <source>top probability below {value}</source>
        <translation>probabilidade máxima inferior a {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>seed {seed}, {augment} augmentation</source>
        <translation>semente {seed}, aumento {augment}</translation>
    </message>
    <message>
        <source>{count} networks averaged ({members})</source>
        <translation>média de {count} redes ({members})</translation>
    </message>
    <message>
        <source>weights stored as float16, computed in float32</source>
        <translation>pesos armazenados em float16, cálculo em float32</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>temperature {value}</source>
        <translation>temperatura {value}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>For images of</source>
        <translation>Para imagens de</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Ponto de operação</translation>
    </message>
    <message>
        <source>Needs review when</source>
        <translation>Requer revisão se</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>nenhuma indicada</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Uso previsto</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitações</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Dados de treinamento</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Provedores de execução</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Em uso:</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>Modelos instalados</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Ficha do modelo</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponível</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>not analysed</source>
        <translation>não analisado</translation>
    </message>
    <message>
        <source>not in the report or exports: {path}: {reason}</source>
        <translation>não incluído no relatório nem nas exportações: {path}: {reason}</translation>
    </message>
    <message>
        <source>no report or export written: no image was analysed</source>
        <translation>nenhum relatório ou exportação escrito: nenhuma imagem foi analisada</translation>
    </message>
    <message>
        <source>warning: {path} was not recorded in the case history: {error}</source>
        <translation>aviso: {path} não foi registrado no histórico de casos: {error}</translation>
    </message>
    <message>
        <source>{path} will not be exported: {error}</source>
        <translation>{path} não será exportado: {error}</translation>
    </message>
    <message>
        <source>the report was not written: {error}</source>
        <translation>o relatório não foi escrito: {error}</translation>
    </message>
    <message>
        <source>wrote report {path}</source>
        <translation>relatório escrito: {path}</translation>
    </message>
    <message>
        <source>DICOM export failed: {error}</source>
        <translation>a exportação DICOM falhou: {error}</translation>
    </message>
    <message>
        <source>warning: DICOM export: {note}</source>
        <translation>aviso: exportação DICOM: {note}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>escrito: {path}</translation>
    </message>
</context>
<context>
    <name>PacsFeature</name>
    <message>
        <source>Send to PACS</source>
        <translation>Enviar para o PACS</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>&amp;PACS</source>
        <translation>&amp;PACS</translation>
    </message>
    <message>
        <source>&amp;PACS Nodes…</source>
        <translation>&amp;Nós PACS…</translation>
    </message>
    <message>
        <source>&amp;Search and Retrieve…</source>
        <translation>&amp;Pesquisar e recuperar…</translation>
    </message>
    <message>
        <source>Se&amp;nd to PACS</source>
        <translation>&amp;Enviar para o PACS</translation>
    </message>
    <message>
        <source>Send &amp;Waiting Results Now</source>
        <translation>Enviar &amp;já os resultados pendentes</translation>
    </message>
    <message>
        <source>There is no analysis on screen to send: analyse an image first.</source>
        <translation>Não há nenhuma análise na tela para enviar: analise primeiro uma imagem.</translation>
    </message>
    <message>
        <source>{action}: {reason}</source>
        <translation>{action}: {reason}</translation>
    </message>
    <message>
        <source>Sending to {node}…</source>
        <translation>Enviando para {node}…</translation>
    </message>
    <message>
        <source>{action} failed: {reason}</source>
        <translation>Falha em «{action}»: {reason}</translation>
    </message>
    <message>
        <source>{node} could not be reached; the results wait in the outbox and will be sent again automatically ({reason})</source>
        <translation>Não foi possível contatar {node}; os resultados aguardam na caixa de saída e serão reenviados automaticamente ({reason})</translation>
    </message>
    <message>
        <source>Results sent to {node}</source>
        <translation>Resultados enviados para {node}</translation>
    </message>
</context>
<context>
    <name>PacsNodesDialog</name>
    <message>
        <source>PACS Nodes</source>
        <translation>Nós PACS</translation>
    </message>
    <message>
        <source>PACS nodes</source>
        <translation>Nós PACS</translation>
    </message>
    <message>
        <source>Use DICOM TLS</source>
        <translation>Usar DICOM TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Receive from the network (the nodes above may send images to us)</source>
        <translation>Receber da rede (os nós acima podem nos enviar imagens)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>PACS AE title:</source>
        <translation>AE title do PACS:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Our AE title:</source>
        <translation>Nosso AE title:</translation>
    </message>
    <message>
        <source>Save node</source>
        <translation>Salvar nó</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Listen on port:</source>
        <translation>Escutar na porta:</translation>
    </message>
    <message>
        <source>Saved {node}</source>
        <translation>{node} salvo</translation>
    </message>
    <message>
        <source>Removed {node}</source>
        <translation>{node} removido</translation>
    </message>
    <message>
        <source>Testing {node}…</source>
        <translation>Testando {node}…</translation>
    </message>
    <message>
        <source>Connection OK: C-ECHO in {ms} ms</source>
        <translation>Conexão OK: C-ECHO em {ms} ms</translation>
    </message>
    <message>
        <source>Connection failed: {reason}</source>
        <translation>Falha na conexão: {reason}</translation>
    </message>
</context>
<context>
    <name>PacsPanel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>YYYYMMDD or YYYYMMDD-YYYYMMDD</source>
        <translation>AAAAMMDD ou AAAAMMDD-AAAAMMDD</translation>
    </message>
    <message>
        <source>Doe* (wildcards * and ?)</source>
        <translation>Silva* (caracteres curinga * e ?)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Studies found</source>
        <translation>Estudos encontrados</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>Progresso da recuperação</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>Caixa de saída: vazia</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Recepção desativada</translation>
    </message>
    <message>
        <source>PACS:</source>
        <translation>PACS:</translation>
    </message>
    <message>
        <source>Patient ID:</source>
        <translation>ID do paciente:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Study date:</source>
        <translation>Data do estudo:</translation>
    </message>
    <message>
        <source>Modality:</source>
        <translation>Modalidade:</translation>
    </message>
    <message>
        <source>No PACS configured: add one in PACS → PACS Nodes…</source>
        <translation>Nenhum PACS configurado: adicione um em PACS → Nós PACS…</translation>
    </message>
    <message>
        <source>Searching {node}…</source>
        <translation>Pesquisando em {node}…</translation>
    </message>
    <message>
        <source>Search failed: {reason}</source>
        <translation>Falha na pesquisa: {reason}</translation>
    </message>
    <message>
        <source>Studies found: {count}. Double-click one to retrieve and open it.</source>
        <translation>Estudos encontrados: {count}. Clique duas vezes em um estudo para recuperá-lo e abri-lo.</translation>
    </message>
    <message>
        <source>Retrieving {study}…</source>
        <translation>Recuperando {study}…</translation>
    </message>
    <message>
        <source>Retrieve failed: {reason}</source>
        <translation>Falha na recuperação: {reason}</translation>
    </message>
    <message>
        <source> ({count} could not be retrieved)</source>
        <translation> ({count} não puderam ser recuperadas)</translation>
    </message>
    <message>
        <source>Cancelled after {count} image(s){failed}.</source>
        <translation>Cancelado após {count} imagem(ns){failed}.</translation>
    </message>
    <message>
        <source>Retrieved {count} image(s){failed}.</source>
        <translation>{count} imagem(ns) recuperada(s){failed}.</translation>
    </message>
    <message>
        <source>Outbox: everything sent</source>
        <translation>Caixa de saída: tudo enviado</translation>
    </message>
    <message>
        <source>Outbox: {waiting} waiting, {failed} failed{reason}</source>
        <translation>Caixa de saída: {waiting} pendentes, {failed} com falha{reason}</translation>
    </message>
</context>
<context>
    <name>PatientFactsBox</name>
    <message>
        <source>Patient (this image has no DICOM header)</source>
        <translation>Paciente (esta imagem não tem cabeçalho DICOM)</translation>
    </message>
    <message>
        <source>e.g. 4Y, 18M, 10W, 45</source>
        <translation>ex.: 4Y, 18M, 10W, 45</translation>
    </message>
    <message>
        <source>Patient age</source>
        <translation>Idade do paciente</translation>
    </message>
    <message>
        <source>Years, or with Y, M, W or D for years, months, weeks or days</source>
        <translation>Em anos, ou com Y, M, W ou D para anos, meses, semanas ou dias</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Incidência</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Idade:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Incidência:</translation>
    </message>
    <message>
        <source>MR sequence:</source>
        <translation>Sequência de RM:</translation>
    </message>
    <message>
        <source>T1 post-contrast</source>
        <translation>T1 pós-contraste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Sequência de RM</translation>
    </message>
    <message>
        <source>The MR sequence of this slice, chosen or typed (e.g. FLAIR); blank if unknown</source>
        <translation>A sequência de RM deste corte, escolhida ou digitada (p. ex., FLAIR); em branco se desconhecida</translation>
    </message>
</context>
<context>
    <name>PresetCombo</name>
    <message>
        <source>Window presets (right-drag on the image to adjust)</source>
        <translation>Predefinições de janela (arraste com o botão direito sobre a imagem para ajustar)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Predefinição de janela</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
</context>
<context>
    <name>PrintPages</name>
    <message>
        <source>The report PDF could not be read for printing ({reason})</source>
        <translation>Não foi possível ler o PDF do relatório para impressão ({reason})</translation>
    </message>
    <message>
        <source>QtPdf is not installed (PySide6-Addons)</source>
        <translation>O QtPdf não está instalado (PySide6-Addons)</translation>
    </message>
    <message>
        <source>Printing needs a PDF renderer: {qtpdf}, and pypdfium2 is not installed</source>
        <translation>A impressão precisa de um motor de renderização PDF: {qtpdf}, e o pypdfium2 não está instalado</translation>
    </message>
    <message>
        <source>The report PDF has no pages</source>
        <translation>O PDF do relatório não tem páginas</translation>
    </message>
    <message>
        <source>The printer could not be started (is it available?)</source>
        <translation>Não foi possível iniciar a impressora (está disponível?)</translation>
    </message>
    <message>
        <source>The printer refused page {number}</source>
        <translation>A impressora recusou a página {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveController</name>
    <message>
        <source>Receive from the network: {reason}</source>
        <translation>Recepção da rede: {reason}</translation>
    </message>
    <message>
        <source>Receiving as {ae_title} on port {port}</source>
        <translation>Recebendo como {ae_title} na porta {port}</translation>
    </message>
    <message>
        <source>Not receiving</source>
        <translation>Recepção desativada</translation>
    </message>
</context>
<context>
    <name>ReceivedList</name>
    <message>
        <source>{what} from {sender}</source>
        <translation>{what} de {sender}</translation>
    </message>
    <message>
        <source>Received studies</source>
        <translation>Estudos recebidos</translation>
    </message>
    <message>
        <source>{study} · {count} image(s)</source>
        <translation>{study} · {count} imagem(ns)</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Limpar arquivos recentes</translation>
    </message>
</context>
<context>
    <name>RecordsFeature</name>
    <message>
        <source>Review</source>
        <extracomment>Actions that need a finished analysis on screen.</extracomment>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Case history: {message}</source>
        <translation>Histórico de casos: {message}</translation>
    </message>
    <message>
        <source>The analysis was not recorded in the case history: {message}</source>
        <translation>A análise não foi registrada no histórico de casos: {message}</translation>
    </message>
    <message>
        <source>{problem} Saving a review will try again.</source>
        <translation>{problem} Salvar uma revisão tentará novamente.</translation>
    </message>
    <message>
        <source>Review saved to case #{id}.</source>
        <translation>Revisão salva no caso n.º {id}.</translation>
    </message>
    <message>
        <source>Review saved to the case history.</source>
        <translation>Revisão salva no histórico de casos.</translation>
    </message>
    <message>
        <source>The review was NOT saved: {message}</source>
        <translation>A revisão NÃO foi salva: {message}</translation>
    </message>
    <message>
        <source>{problem} Your review is kept here; press Save review to try again.</source>
        <translation>{problem} Sua revisão fica salva aqui; pressione Salvar revisão para tentar de novo.</translation>
    </message>
</context>
<context>
    <name>RefusalView</name>
    <message>
        <source>No diagnostic models are installed.</source>
        <translation>Nenhum modelo de diagnóstico está instalado.</translation>
    </message>
    <message>
        <source>for {kind}</source>
        <translation>para {kind}</translation>
    </message>
    <message>
        <source>input kind not stated</source>
        <translation>tipo de imagem de entrada não indicado</translation>
    </message>
    <message>
        <source>unavailable: {reason}</source>
        <translation>indisponível: {reason}</translation>
    </message>
    <message>
        <source>Installed models:</source>
        <translation>Modelos instalados:</translation>
    </message>
    <message>
        <source>Not analysed — the input gate stopped this image</source>
        <translation>Não analisada — o controle de entrada barrou esta imagem</translation>
    </message>
    <message>
        <source>Model to analyse with anyway</source>
        <translation>Modelo a usar mesmo assim</translation>
    </message>
    <message>
        <source>The result of a model on a kind of image it was not trained for is not validated; it will be marked as overridden.</source>
        <translation>O resultado de um modelo em um tipo de imagem para o qual não foi treinado não está validado; será marcado como derrogação.</translation>
    </message>
    <message>
        <source>The input gate says this looks like &lt;b&gt;{kind}&lt;/b&gt; (probability {score}).</source>
        <translation>Segundo o controle de entrada, esta imagem parece &lt;b&gt;{kind}&lt;/b&gt; (probabilidade {score}).</translation>
    </message>
    <message>
        <source>The input gate could not run.</source>
        <translation>Não foi possível executar o controle de entrada.</translation>
    </message>
    <message>
        <source>Analyse anyway with {model}</source>
        <translation>Analisar mesmo assim com {model}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{value} (low)</source>
        <extracomment>Longest side, in pixels, of an image embedded in the PDF (about 300 dpi at the size it is shown).</extracomment>
        <translation>{value} (baixa)</translation>
    </message>
    <message>
        <source>(high) {value}</source>
        <translation>(alta) {value}</translation>
    </message>
    <message>
        <source>{label} · colour map: {name}</source>
        <translation>{label} · mapa de cores: {name}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>red line: operating threshold {threshold} for {label}</source>
        <translation>linha vermelha: limiar operacional {threshold} para {label}</translation>
    </message>
    <message>
        <source>operating point: the label with the highest probability</source>
        <translation>ponto de operação: o rótulo com a maior probabilidade</translation>
    </message>
    <message>
        <source>shaded: review band {low}–{high}</source>
        <translation>sombreado: faixa de revisão {low}–{high}</translation>
    </message>
    <message>
        <source>dark bar: the model&apos;s result</source>
        <translation>barra escura: o resultado do modelo</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>Patient name</source>
        <extracomment>Patient/study keys the report shows, in order, with their labels (English; shown translated). Keys follow ``LoadedImage.metadata``.</extracomment>
        <translation>Nome do paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Incidência</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Região anatômica</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Sequência de RM</translation>
    </message>
    <message>
        <source>Image {index}</source>
        <extracomment>Removed when de-identifying, after the DICOM PS3.15 Annex E Basic Application Level Confidentiality Profile (action Z/X/U for these attributes). Sex and study date are kept, as the profile&apos;s &quot;Retain Patient Characteristics&quot; and &quot;Retain Longitudinal Temporal Information (Full Dates)&quot; options allow, because reading the result needs them. The source file name is hidden too: file names often carry the patient&apos;s name or ID.</extracomment>
        <translation>Imagem {index}</translation>
    </message>
    <message>
        <source>AI-assisted image analysis report</source>
        <translation>Relatório de análise de imagem assistida por IA</translation>
    </message>
    <message>
        <source>Generated {time}</source>
        <translation>Gerado em {time}</translation>
    </message>
    <message>
        <source>De-identified report</source>
        <translation>Relatório anonimizado</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Analysis of {name}</source>
        <translation>Análise de {name}</translation>
    </message>
    <message>
        <source>image {index} of {total}</source>
        <translation>imagem {index} de {total}</translation>
    </message>
    <message>
        <source>Probability per label</source>
        <translation>Probabilidade por rótulo</translation>
    </message>
    <message>
        <source>OUTSIDE VALIDATED USE</source>
        <translation>FORA DO USO VALIDADO</translation>
    </message>
    <message>
        <source>This image is outside what the model was validated for; its result may be wrong even when it looks certain. A clinician must review this image before the result is used.</source>
        <translation>Esta imagem está fora daquilo para que o modelo foi validado; o resultado pode estar errado mesmo quando parece certo. Um clínico deve revisar esta imagem antes de o resultado ser utilizado.</translation>
    </message>
    <message>
        <source>NEEDS REVIEW</source>
        <translation>REQUER REVISÃO</translation>
    </message>
    <message>
        <source>A clinician must review this image before the result is used.</source>
        <translation>Um clínico deve revisar esta imagem antes de o resultado ser utilizado.</translation>
    </message>
    <message>
        <source>AI RESULT</source>
        <translation>RESULTADO DE IA</translation>
    </message>
    <message>
        <source>Inside the model&apos;s validated use and not flagged as uncertain. A clinician still makes the diagnosis.</source>
        <translation>Dentro do uso validado do modelo e não sinalizado como incerto. O diagnóstico continua a cargo de um clínico.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it; it was scored anyway at the user&apos;s request.</source>
        <translation>O controle de entrada considerou esta imagem como «{kind}» e a recusou; foi analisada mesmo assim a pedido do usuário.</translation>
    </message>
    <message>
        <source>The input check took this image for “{kind}” and refused it.</source>
        <translation>O controle de entrada considerou esta imagem como «{kind}» e a recusou.</translation>
    </message>
    <message>
        <source>Image as analysed. No heatmap overlay for this image.</source>
        <translation>Imagem tal como foi analisada. Sem mapa de calor para esta imagem.</translation>
    </message>
    <message>
        <source>Heatmap overlay: where the model looked — not a lesion outline</source>
        <translation>Mapa de calor: onde o modelo olhou — não é o contorno de uma lesão</translation>
    </message>
    <message>
        <source>Image as analysed</source>
        <translation>Imagem tal como foi analisada</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Model sha256</source>
        <translation>sha256 do modelo</translation>
    </message>
    <message>
        <source>Execution provider</source>
        <translation>Provedor de execução</translation>
    </message>
    <message>
        <source>Operating point</source>
        <translation>Ponto de operação</translation>
    </message>
    <message>
        <source>Input check (gate)</source>
        <translation>Controle de entrada</translation>
    </message>
    <message>
        <source>{label} if p ≥ {threshold}</source>
        <translation>{label} se p ≥ {threshold}</translation>
    </message>
    <message>
        <source>highest probability (argmax)</source>
        <translation>probabilidade mais alta (argmax)</translation>
    </message>
    <message>
        <source>review if {low}–{high}</source>
        <translation>revisão se {low}–{high}</translation>
    </message>
    <message>
        <source>review if top p &lt; {cutoff}</source>
        <translation>revisão se p máx. &lt; {cutoff}</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>No input check was run</source>
        <translation>Não foi feito nenhum controle de entrada</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceita</translation>
    </message>
    <message>
        <source>refused by the gate — scored anyway at the user&apos;s request (override)</source>
        <translation>recusada pelo controle — analisada mesmo assim a pedido do usuário (substituição manual)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>Tipo de imagem</translation>
    </message>
    <message>
        <source>Gate score</source>
        <translation>Pontuação do controle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Agrees with the AI result</source>
        <translation>Concorda com o resultado da IA</translation>
    </message>
    <message>
        <source>Disagrees with the AI result</source>
        <translation>Discorda do resultado da IA</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Reviewer&apos;s opinion</source>
        <translation>Opinião do revisor</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Relatório gerado em</translation>
    </message>
    <message>
        <source>Clinician review</source>
        <translation>Revisão clínica</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>{count} images analysed</source>
        <translation>{count} imagens analisadas</translation>
    </message>
    <message>
        <source>{count} need review</source>
        <translation>{count} requerem revisão</translation>
    </message>
    <message>
        <source>generated {time}</source>
        <translation>gerado em {time}</translation>
    </message>
    <message>
        <source>Probability is the model&apos;s probability of the result shown. Each image has its own page after this one.</source>
        <translation>A probabilidade é a que o modelo atribui ao resultado apresentado. Cada imagem tem sua própria página após esta.</translation>
    </message>
    <message>
        <source>Summary of analysed images</source>
        <translation>Resumo das imagens analisadas</translation>
    </message>
    <message>
        <source>reviewer agrees</source>
        <translation>o revisor concorda</translation>
    </message>
    <message>
        <source>reviewer disagrees</source>
        <translation>o revisor discorda</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis.</source>
        <translation>Assistência de IA, não um diagnóstico.</translation>
    </message>
    <message>
        <source>The result, probabilities and heatmap in this report were produced by a machine-learning model and can be wrong. They support, and do not replace, the judgement of a qualified clinician, who makes the diagnosis. Do not use this report as the sole basis for a diagnosis or treatment decision.</source>
        <translation>O resultado, as probabilidades e o mapa de calor deste relatório foram produzidos por um modelo de aprendizado de máquina e podem estar errados. Apoiam, sem substituir, o juízo de um clínico qualificado, que faz o diagnóstico. Não utilize este relatório como única base para um diagnóstico ou uma decisão terapêutica.</translation>
    </message>
    <message>
        <source>AI assistance, not a diagnosis</source>
        <translation>Assistência de IA, não um diagnóstico</translation>
    </message>
    <message>
        <source>Not stated in the model card.</source>
        <translation>Não indicado na ficha do modelo.</translation>
    </message>
    <message>
        <source>Intended use:</source>
        <translation>Uso previsto:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Limitações:</translation>
    </message>
    <message>
        <source>not stated in the model card.</source>
        <translation>não indicadas na ficha do modelo.</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>Dados de treinamento:</translation>
    </message>
    <message>
        <source>ScanLens AI-assisted image analysis report</source>
        <translation>Relatório ScanLens de análise de imagem assistida por IA</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>{what} failed: {reason}</source>
        <translation>Falha em «{what}»: {reason}</translation>
    </message>
    <message>
        <source>unexpected {error} ({detail})</source>
        <translation>{error} inesperado ({detail})</translation>
    </message>
    <message>
        <source>unexpected {error}</source>
        <translation>{error} inesperado</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Patient name</source>
        <extracomment>(metadata key, label, choices or None for free text) of the fields typed for a non-DICOM image.</extracomment>
        <translation>Nome do paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID do paciente</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Data do estudo</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Incidência</translation>
    </message>
    <message>
        <source>MR sequence</source>
        <translation>Sequência de RM</translation>
    </message>
    <message>
        <source>{text} is not a valid date (YYYY-MM-DD)</source>
        <translation>{text} não é uma data válida (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>De-identify (remove the patient&apos;s name, ID, birth date and file name)</source>
        <translation>Desidentificar (remover o nome, o ID e a data de nascimento do paciente e o nome do arquivo)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>From the DICOM header.</source>
        <translation>Retirado do cabeçalho DICOM.</translation>
    </message>
    <message>
        <source>This image has no DICOM header: type the patient and study details (all optional).</source>
        <translation>Esta imagem não tem cabeçalho DICOM: digite os dados do paciente e do estudo (todos opcionais).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Export Report (PDF)…</source>
        <translation>Exportar relatório (PDF)…</translation>
    </message>
    <message>
        <source>Print Report…</source>
        <translation>Imprimir relatório…</translation>
    </message>
    <message>
        <source>Export to PACS Folder (DICOM)…</source>
        <translation>Exportar para pasta PACS (DICOM)…</translation>
    </message>
    <message>
        <source>There is no analysis on screen to report: analyse an image first.</source>
        <translation>Não há nenhuma análise na tela para o relatório: analise primeiro uma imagem.</translation>
    </message>
    <message>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Relatório salvo: {path}</translation>
    </message>
    <message>
        <source>Prepare the report for printing</source>
        <translation>Preparar o relatório para impressão</translation>
    </message>
    <message>
        <source>ScanLens report</source>
        <translation>Relatório ScanLens</translation>
    </message>
    <message>
        <source>Print failed: {reason}</source>
        <translation>Falha na impressão: {reason}</translation>
    </message>
    <message>
        <source>Sent {count} page(s) to the printer.</source>
        <translation>{count} página(s) enviada(s) para a impressora.</translation>
    </message>
    <message>
        <source>Print Preview — ScanLens report</source>
        <translation>Visualização de impressão — relatório ScanLens</translation>
    </message>
    <message>
        <source>Export to PACS folder</source>
        <translation>Exportar para pasta PACS</translation>
    </message>
    <message>
        <source>DICOM export</source>
        <translation>Exportação DICOM</translation>
    </message>
    <message>
        <source>Exported {count} DICOM file(s) to {folder}</source>
        <translation>{count} arquivo(s) DICOM exportado(s) para {folder}</translation>
    </message>
    <message>
        <source>{message}. Warning: {warnings}</source>
        <translation>{message}. Aviso: {warnings}</translation>
    </message>
</context>
<context>
    <name>ReportSettingsDialog</name>
    <message>
        <source>The logo file does not exist.</source>
        <translation>O arquivo do logotipo não existe.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image that can be read.</source>
        <translation>O logotipo não é uma imagem PNG ou JPEG legível.</translation>
    </message>
    <message>
        <source>Report Settings</source>
        <translation>Configurações do relatório</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Example</source>
        <translation>ex.: Dr. A. Exemplo</translation>
    </message>
    <message>
        <source>Printed in the header of every page</source>
        <translation>Impresso no cabeçalho de cada página</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpar</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nome do &amp;revisor:</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da clínica:</translation>
    </message>
    <message>
        <source>Clinic l&amp;ogo:</source>
        <translation>Logo&amp;tipo da clínica:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Ta&amp;manho da página:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Logotipo da clínica</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>⚠ NEEDS REVIEW — the model is uncertain. This is not a confident answer.</source>
        <translation>⚠ REQUER REVISÃO — o modelo está incerto. Não é uma resposta confiável.</translation>
    </message>
    <message>
        <source>Input gate: not run</source>
        <extracomment>Amber: an uncertain result. Deep red: a result outside the model&apos;s validated use. Text drawn straight on the panel (the window colour): an overridden input gate.</extracomment>
        <translation>Controle de entrada: não executado</translation>
    </message>
    <message>
        <source>looks like {kind} ({score})</source>
        <translation>parece {kind} ({score})</translation>
    </message>
    <message>
        <source>⚠ Input gate overridden by user — the gate says this {looks}; the model was not validated on it.</source>
        <translation>⚠ Controle de entrada derrogado pelo usuário — segundo o controle, esta imagem {looks}; o modelo não foi validado neste tipo de imagem.</translation>
    </message>
    <message>
        <source>Input gate: {looks} — matches the model</source>
        <translation>Controle de entrada: {looks} — corresponde ao modelo</translation>
    </message>
    <message>
        <source>Input gate: {looks} — not accepted</source>
        <translation>Controle de entrada: {looks} — não aceita</translation>
    </message>
    <message>
        <source>Model {model} {version} · sha256 {sha} · {provider}{timing}</source>
        <translation>Modelo {model} {version} · sha256 {sha} · {provider}{timing}</translation>
    </message>
    <message>
        <source>⚠ OUTSIDE VALIDATED USE — {reasons}. The result may be wrong even if it looks certain.</source>
        <translation>⚠ FORA DO USO VALIDADO — {reasons}. O resultado pode estar errado mesmo que pareça certo.</translation>
    </message>
    <message>
        <source>Decision support only: confirm with a qualified reader.</source>
        <translation>Apenas apoio à decisão: confirme com um leitor qualificado.</translation>
    </message>
    <message>
        <source>Outside validated use</source>
        <translation>Fora do uso validado</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Requer revisão</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>No analysed case: analyse an image, or open a case from the case history.</source>
        <translation>Nenhum caso analisado: analise uma imagem ou abra um caso do histórico de casos.</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>Seu nome (memorizado)</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Concordo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Discordo</translation>
    </message>
    <message>
        <source>Your opinion of the AI result</source>
        <translation>Sua opinião sobre o resultado da IA</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Comentário (opcional)</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Comentário da revisão</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Salvar revisão</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Revisor:</translation>
    </message>
    <message>
        <source>AI result:</source>
        <translation>Resultado da IA:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentário:</translation>
    </message>
    <message>
        <source>Type your name to save a review</source>
        <translation>Digite o seu nome para salvar uma revisão</translation>
    </message>
    <message>
        <source>Record this review in the case history (audited)</source>
        <translation>Registrar esta revisão no histórico de casos (auditado)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
</context>
<context>
    <name>Scope</name>
    <message>
        <source>{name} &apos;{value}&apos; not usable</source>
        <extracomment>unit as written (DICOM AS uses D/W/M/Y; people write more) -&gt; years per unit; no unit means years.</extracomment>
        <translation>{name} &apos;{value}&apos; não utilizável</translation>
    </message>
    <message>
        <source>{birth} does not fit {date}</source>
        <translation>{birth} não é compatível com {date}</translation>
    </message>
    <message>
        <source>{birth} without a study date</source>
        <translation>{birth} sem data do exame</translation>
    </message>
    <message>
        <source>{months} mo</source>
        <translation>{months} meses</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} anos</translation>
    </message>
    <message>
        <source>typed {view}</source>
        <extracomment>Localizer / scout images, named in ImageType (LOCALIZER) or by vendors in the series description: Siemens &quot;Topogram&quot;, &quot;localizer&quot;, &quot;AAHead_Scout&quot;; Philips &quot;Surview&quot;, &quot;Survey&quot;; GE &quot;3-Plane Loc&quot;, &quot;Tri-Pilot&quot;; Toshiba &quot;Scanogram&quot;. A skeletal survey is a radiographic study, not a localizer. metadata keys of the free text that may name a sequence, a view or a localizer, with their DICOM names. ... and those that may name the body part when BodyPartExamined is empty (many devices leave it so). Words that name a body part in such text (normalised; DICOM CID 4031 terms and common abbreviations). Words that are also other things are left out: FACE (SURFACE coil), CERVICAL/THORACIC/LUMBAR (spine or organ), LAT/AP (views).</extracomment>
        <translation>introduzido {view}</translation>
    </message>
    <message>
        <source>modality unknown</source>
        <extracomment>Words a BodyPartExamined may carry besides the body part (&quot;CHEST PA&quot;, &quot;PORT CHEST&quot;, &quot;CHEST_2_VIEWS&quot;).</extracomment>
        <translation>modalidade desconhecida</translation>
    </message>
    <message>
        <source>modality unknown ({modality})</source>
        <translation>modalidade desconhecida ({modality})</translation>
    </message>
    <message>
        <source>modality {modality} — validated {validated}</source>
        <translation>modalidade {modality} — validado para {validated}</translation>
    </message>
    <message>
        <source>body part unknown</source>
        <translation>região anatômica desconhecida</translation>
    </message>
    <message>
        <source>body part unknown ({part})</source>
        <translation>região anatômica desconhecida ({part})</translation>
    </message>
    <message>
        <source>body part {part} — validated {validated}</source>
        <translation>região anatômica {part} — validado para {validated}</translation>
    </message>
    <message>
        <source>localizer image ({evidence})</source>
        <translation>imagem de localização ({evidence})</translation>
    </message>
    <message>
        <source>view unknown</source>
        <translation>incidência desconhecida</translation>
    </message>
    <message>
        <source>lateral view ({evidence})</source>
        <translation>incidência lateral ({evidence})</translation>
    </message>
    <message>
        <source>decubitus view ({evidence})</source>
        <translation>incidência em decúbito ({evidence})</translation>
    </message>
    <message>
        <source>oblique view ({evidence})</source>
        <translation>incidência oblíqua ({evidence})</translation>
    </message>
    <message>
        <source>view not {validated} ({evidence})</source>
        <translation>incidência diferente de {validated} ({evidence})</translation>
    </message>
    <message>
        <source>sequence unknown</source>
        <translation>sequência desconhecida</translation>
    </message>
    <message>
        <source>sequence {names} — validated {validated}</source>
        <translation>sequência {names} — validado para {validated}</translation>
    </message>
    <message>
        <source>age unknown ({note})</source>
        <translation>idade desconhecida ({note})</translation>
    </message>
    <message>
        <source>age unknown</source>
        <translation>idade desconhecida</translation>
    </message>
    <message>
        <source>age {age} — validated {range}</source>
        <translation>idade {age} — validado para {range}</translation>
    </message>
    <message>
        <source>Outside validated use: {reasons}</source>
        <translation>Fora do uso validado: {reasons}</translation>
    </message>
    <message>
        <source>unlike the images this model was trained on (shift {score} &gt; {threshold})</source>
        <translation>diferente das imagens com que este modelo foi treinado (desvio {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} named on an image unlike this model&apos;s training images of it (score {score} &gt; {threshold})</source>
        <translation>{finding} indicado numa imagem diferente das imagens de treino deste modelo para esse achado (pontuação {score} &gt; {threshold})</translation>
    </message>
    <message>
        <source>skull not checked (no head outline found)</source>
        <translation>crânio não verificado (contorno da cabeça não encontrado)</translation>
    </message>
    <message>
        <source>the model is uncertain about this image</source>
        <translation>o modelo tem dúvidas sobre esta imagem</translation>
    </message>
    <message>
        <source>Not checked: {unknowns}</source>
        <translation>Não verificado: {unknowns}</translation>
    </message>
    <message>
        <source>skull-stripped slice (validated on slices with the skull; score {score} &lt; {threshold})</source>
        <translation>corte sem crânio (modelo validado em cortes com o crânio; pontuação {score} &lt; {threshold})</translation>
    </message>
    <message>
        <source>{finding} called on a markedly asymmetric slice (asymmetry {score} &gt; {threshold}): a tumour may be missed</source>
        <translation>{finding} indicado num corte claramente assimétrico (assimetria {score} &gt; {threshold}): um tumor pode passar despercebido</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Automatic — a GPU when one is usable, else the CPU</source>
        <translation>Automático — uma GPU quando houver uma utilizável; caso contrário, a CPU</translation>
    </message>
    <message>
        <source>CPU only</source>
        <translation>Somente CPU</translation>
    </message>
    <message>
        <source>GPU (falls back to the CPU, with a note, when none is usable)</source>
        <translation>GPU (recorre à CPU, com um aviso, quando nenhuma é utilizável)</translation>
    </message>
    <message>
        <source>Analysis Settings</source>
        <translation>Configurações de análise</translation>
    </message>
    <message>
        <source>Analyse &amp;automatically when an image is opened</source>
        <translation>Analisar &amp;automaticamente ao abrir uma imagem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Execution &amp;device:</source>
        <translation>&amp;Dispositivo de execução:</translation>
    </message>
    <message>
        <source>Your &amp;models folder:</source>
        <translation>Sua pasta de &amp;modelos:</translation>
    </message>
    <message>
        <source>Model packs (&lt;id&gt;.onnx with its &lt;id&gt;.json card) in this folder are offered next to the shipped models. Changing the device or folder reloads the models on the next analysis.</source>
        <translation>Os pacotes de modelos (&lt;id&gt;.onnx com sua ficha &lt;id&gt;.json) desta pasta são oferecidos ao lado dos modelos incluídos. Alterar o dispositivo ou a pasta recarrega os modelos na próxima análise.</translation>
    </message>
    <message>
        <source>Folder with model packs</source>
        <translation>Pasta com pacotes de modelos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls, Space or Enter presses the focused button, Alt with the underlined letter opens a menu, Escape closes a dialog.</source>
        <translation>Tab e Shift+Tab passam de um controle para outro, Espaço ou Enter pressiona o botão em foco, Alt com a letra sublinhada abre um menu, Esc fecha uma caixa de diálogo.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Listar todos os atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>StoredCase</name>
    <message>
        <source>no file</source>
        <translation>sem arquivo</translation>
    </message>
    <message>
        <source>Case #{id} (from the history) — {file}: {decision}</source>
        <translation>Caso n.º {id} (do histórico) — {file}: {decision}</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>The images of the folder; arrow keys or Page Up/Down move between them</source>
        <translation>As imagens da pasta; as setas ou Page Up/Page Down passam de uma para outra</translation>
    </message>
</context>
<context>
    <name>WindowPresets</name>
    <message>
        <source>Soft tissue</source>
        <extracomment>Common CT windows (center, width in HU), offered when the image is in Hounsfield units. Their names are shown translated (window_controls.window_name); the file&apos;s own presets keep their names.</extracomment>
        <translation>Tecidos moles</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmão</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Osso</translation>
    </message>
    <message>
        <source>Brain</source>
        <translation>Cérebro</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastino</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Fígado</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Full range</source>
        <extracomment>The imaging core&apos;s own window names (desktop_app.imaging.render), translated where shown.</extracomment>
        <translation>Faixa completa</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
</context>
</TS>
