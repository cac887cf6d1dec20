package org.pireadiness.intake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code --mapping} YAML file. Any mistake in it (an unknown file or column, two columns mapped onto
 * one, a value that is not text) is a usage error naming the line.
 */
public final class MappingFile {

	private final Path path;

	private MappingFile(Path path) {
		this.path = path;
	}

	public static InputMapping read(Path path) {
		if (!Files.isRegularFile(path)) {
			throw new InputFileException("--mapping: no such file: " + path);
		}
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
			return root == null ? InputMapping.NONE : new MappingFile(path).files(root);
		}
		catch (MarkedYAMLException ex) {
			throw new InputFileException("mapping " + path + ", line " + (ex.getProblemMark().getLine() + 1)
					+ ": not valid YAML: " + ex.getProblem());
		}
		catch (IOException ex) {
			throw new InputFileException("mapping " + path + ": cannot read it: " + ex.getMessage(), ex);
		}
	}

	private InputMapping files(Node root) {
		Map<String, List<String>> canonical = InputMapping.canonicalColumns();
		Map<String, FileMapping> files = new HashMap<>();
		for (NodeTuple entry : mapping(root, "the input files " + InputMapping.fileKeys())) {
			String file = text(entry.getKeyNode());
			if (!canonical.containsKey(file)) {
				throw error(entry.getKeyNode(), "'" + file + "' is not an input file; expected one of "
						+ String.join(", ", InputMapping.fileKeys()));
			}
			files.put(file, file(file, entry.getValueNode(), canonical.get(file)));
		}
		return new InputMapping(files);
	}

	private FileMapping file(String file, Node node, List<String> canonical) {
		Map<String, String> columns = new HashMap<>();
		Map<String, Map<String, String>> values = new HashMap<>();
		Map<String, String> foreignByCanonical = new HashMap<>();
		for (NodeTuple section : mapping(node, "columns: and values:")) {
			switch (text(section.getKeyNode())) {
				case "columns" -> {
					for (NodeTuple column : mapping(section.getValueNode(), "foreign name: canonical name")) {
						String foreign = text(column.getKeyNode());
						String target = known(file, column.getValueNode(), canonical);
						String other = foreignByCanonical.putIfAbsent(target, foreign);
						if (other != null) {
							throw error(column.getKeyNode(), file + ": '" + other + "' and '" + foreign
									+ "' both map onto " + target);
						}
						columns.put(Column.normalise(foreign), target);
					}
				}
				case "values" -> {
					for (NodeTuple column : mapping(section.getValueNode(), "canonical column: {foreign: canonical}")) {
						Map<String, String> byValue = new HashMap<>();
						for (NodeTuple value : mapping(column.getValueNode(), "foreign value: canonical value")) {
							byValue.put(text(value.getKeyNode()).strip().toUpperCase(Locale.ROOT), text(value.getValueNode()));
						}
						values.put(known(file, column.getKeyNode(), canonical), byValue);
					}
				}
				default -> throw error(section.getKeyNode(),
						file + ": expected columns: or values:, not '" + text(section.getKeyNode()) + "'");
			}
		}
		return new FileMapping(columns, values);
	}

	private String known(String file, Node node, List<String> canonical) {
		String name = Column.normalise(text(node));
		if (!canonical.contains(name)) {
			throw error(node, file + ": '" + text(node) + "' is not a column of the " + file + " file");
		}
		return name;
	}

	private List<NodeTuple> mapping(Node node, String expected) {
		if (node instanceof MappingNode mapping) {
			return mapping.getValue();
		}
		throw error(node, "expected a mapping of " + expected);
	}

	private String text(Node node) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw error(node, "expected a single value");
	}

	private InputFileException error(Node node, String message) {
		return new InputFileException("mapping " + path + ", line " + (node.getStartMark().getLine() + 1) + ": "
				+ message);
	}
}
